import { lazy } from 'react';

export { eventsEn } from './lib/i18n/events.en';
export { eventsFr } from './lib/i18n/events.fr';

// Route-level splitting: each page (and its texts) loads when first visited.
export const LazyEventsPage = lazy(() =>
  import('./lib/list/events.page').then((m) => ({ default: m.EventsPage })),
);
export const LazyNewEventPage = lazy(() =>
  import('./lib/create/new-event.page').then((m) => ({ default: m.NewEventPage })),
);
export const LazyEventPage = lazy(() =>
  import('./lib/detail/event.page').then((m) => ({ default: m.EventPage })),
);
export const LazyEditEventPage = lazy(() =>
  import('./lib/edit/edit-event.page').then((m) => ({ default: m.EditEventPage })),
);
