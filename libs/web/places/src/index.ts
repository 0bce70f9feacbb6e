import { lazy } from 'react';

export * from './lib/i18n/places.resources';
export { PlacesList } from './lib/components/places-list';
export { placesQuery } from './lib/places.documents';

/** Route-level split: the landing page loads in its own chunk. */
export const LazyLandingPage = lazy(() =>
  import('./lib/pages/landing.page').then((m) => ({ default: m.LandingPage })),
);

// Each page (and the texts it adds) loads when first visited; the map loads after its page.
export const LazyPlacesIndexPage = lazy(() =>
  import('./lib/index/places-index.page').then((m) => ({ default: m.PlacesIndexPage })),
);
export const LazyPlacePage = lazy(() =>
  import('./lib/place/place.page').then((m) => ({ default: m.PlacePage })),
);
export const LazyNewPlacePage = lazy(() =>
  import('./lib/form/place-form.page').then((m) => ({ default: m.NewPlacePage })),
);
export const LazyEditPlacePage = lazy(() =>
  import('./lib/form/place-form.page').then((m) => ({ default: m.EditPlacePage })),
);
export const LazyChallengesPage = lazy(() =>
  import('./lib/challenges/challenges.page').then((m) => ({ default: m.ChallengesPage })),
);
export const LazyChallengePage = lazy(() =>
  import('./lib/challenges/challenge.page').then((m) => ({ default: m.ChallengePage })),
);
export { challengeSlug } from './lib/challenges/challenge-slug';
