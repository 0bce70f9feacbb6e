import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { type EventSummaryFragment, type Language } from '@wide-open/web/data-access';
import { renderWithProviders } from '@wide-open/web/testing';
import { type ReactNode } from 'react';
import { eventQuery } from '../lib/events.documents';
import { eventsEn } from '../lib/i18n/events.en';
import { eventsFr } from '../lib/i18n/events.fr';

export { firstPaint, meMock, sessionMember as member } from '@wide-open/web/testing';

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  lng?: Language;
  /** The address the page opens at, and the route pattern that reads its params. */
  url?: string;
  path?: string;
}

/** An events page or component with the app's providers and a mocked GraphQL server. */
export function renderEvents(element: ReactNode, options: RenderOptions = {}): RenderResult {
  return renderWithProviders(element, {
    ...options,
    resources: { en: { events: eventsEn }, fr: { events: eventsFr } },
    routes: [
      { path: '/events/:id', element: <p>Event page {'(navigated)'}</p> },
      { path: '/events/:id/edit', element: <p>Edit page {'(navigated)'}</p> },
      { path: '/sign-in', element: <p>Sign-in page</p> },
    ],
  });
}

/** An event as the list shows it; 17:00 UTC on 20 June 2099 is 19:00 in Paris (summer time). */
export function eventSummary(overrides: Partial<EventSummaryFragment> = {}) {
  return {
    __typename: 'Event' as const,
    id: '0190a8c4-0000-7000-8000-000000000001',
    title: 'Wide Open meetup',
    startsAt: '2099-06-20T17:00:00.000Z',
    endsAt: '2099-06-20T19:30:00.000Z',
    timeZone: 'Europe/Paris',
    city: 'Paris',
    country: 'FR',
    onlineUrl: null,
    capacity: 10,
    cancelled: false,
    goingCount: 3,
    waitlistCount: 0,
    place: null,
    ...overrides,
  };
}

const organizer = { __typename: 'Member', id: 'm-9', handle: 'marco', displayName: 'Marco Reyes' };

/** An event as its page loads it: full, at a place, organized by Marco (m-9). */
export function eventDetails(overrides: Record<string, unknown> = {}) {
  const summary = eventSummary({ capacity: 1, goingCount: 1, waitlistCount: 0 });
  return {
    ...summary,
    description: 'We talk about **business models**.',
    address: '74 avenue Denfert-Rochereau',
    language: 'en',
    seriesId: null,
    icsUrl: `http://localhost/calendar/events/${summary.id}.ics`,
    place: {
      __typename: 'Place',
      id: 'p-1',
      slug: 'les-grands-voisins',
      name: 'Les Grands Voisins',
      city: 'Paris',
      country: 'FR',
    },
    coverUrl: null,
    movedFrom: null,
    organizer,
    viewerRsvp: null,
    attendees: null,
    ...overrides,
  };
}

export function eventMock(event: ReturnType<typeof eventDetails> | null): MockLink.MockedResponse {
  const id = event?.id ?? eventSummary().id;
  return { request: { query: eventQuery, variables: { id } }, result: { data: { event } } };
}
