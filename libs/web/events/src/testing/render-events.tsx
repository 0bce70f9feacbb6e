import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import { CommunityRole, MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import {
  createCache,
  createI18n,
  type EventSummaryFragment,
  type Language,
  meQuery,
  type SessionMemberFragment,
} from '@wide-open/web/data-access';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { eventQuery } from '../lib/events.documents';
import { eventsEn } from '../lib/i18n/events.en';
import { eventsFr } from '../lib/i18n/events.fr';

/** The first render of a page (Mantine, lazy chunks) is slow when the machine is busy. */
export const firstPaint = { timeout: 8000 };

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  lng?: Language;
  /** The address the page opens at, and the route pattern that reads its params. */
  url?: string;
  path?: string;
}

/** An events page or component with the app's providers and a mocked GraphQL server. */
export function renderEvents(element: ReactNode, options: RenderOptions = {}): RenderResult {
  const i18n = createI18n(
    { en: { ui: uiEn, events: eventsEn }, fr: { ui: uiFr, events: eventsFr } },
    { lng: options.lng ?? 'en' },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []} cache={createCache()}>
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={[options.url ?? '/']}>
            <Routes>
              <Route path={options.path ?? '*'} element={element} />
              <Route path="/events/:id" element={<p>Event page {'(navigated)'}</p>} />
              <Route path="/events/:id/edit" element={<p>Edit page {'(navigated)'}</p>} />
              <Route path="/sign-in" element={<p>Sign-in page</p>} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

export function member(overrides: Partial<SessionMemberFragment> = {}): SessionMemberFragment {
  return {
    __typename: 'Member',
    id: 'm-1',
    handle: 'ana',
    displayName: 'Ana Lima',
    email: 'ana@example.org',
    status: MemberStatus.ACTIVE,
    role: MemberRole.MEMBER,
    communityRole: CommunityRole.PRACTITIONER,
    sector: null,
    motivation: null,
    decisionMessage: null,
    decidedAt: null,
    locale: 'en',
    createdAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  } as SessionMemberFragment;
}

export function meMock(who: SessionMemberFragment | null): MockLink.MockedResponse {
  return {
    request: { query: meQuery },
    result: { data: { me: who } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
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
