import { lazy } from 'react';

export * from './lib/i18n/places.resources';
export { PlacesList } from './lib/components/places-list';
export { placesQuery } from './lib/places.documents';

/** Route-level split: the landing page loads in its own chunk. */
export const LazyLandingPage = lazy(() =>
  import('./lib/pages/landing.page').then((m) => ({ default: m.LandingPage })),
);
