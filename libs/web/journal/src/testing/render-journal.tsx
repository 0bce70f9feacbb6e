import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import {
  Challenge,
  CommunityRole,
  MemberRole,
  MemberStatus,
  StoryStatus,
} from '@wide-open/shared/contracts';
import {
  createCache,
  createI18n,
  type Language,
  meQuery,
  platformSettingsQuery,
  type SessionMemberFragment,
  type StoryDetailsFragment,
} from '@wide-open/web/data-access';
import { placesEn, placesFr } from '@wide-open/web/places';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { journalEn } from '../lib/i18n/journal.en';
import { journalFr } from '../lib/i18n/journal.fr';
import { journalQuery, tourPlacesQuery } from '../lib/journal.documents';

/** The first render of a page (Mantine, lazy chunks) is slow when the machine is busy. */
export const firstPaint = { timeout: 8000 };

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  lng?: Language;
  url?: string;
  path?: string;
}

const platformSettingsMock: MockLink.MockedResponse = {
  request: { query: platformSettingsQuery },
  result: {
    data: {
      platformSettings: {
        __typename: 'PlatformSettings',
        mapTileUrl: null,
        uploadMaxBytes: 5_000_000,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Shows where the page navigated to, address and query included. */
function Location() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

/** A journal page or component with the app's providers and a mocked GraphQL server. */
export function renderJournal(element: ReactNode, options: RenderOptions = {}): RenderResult {
  const i18n = createI18n(
    {
      en: { ui: uiEn, places: placesEn, journal: journalEn },
      fr: { ui: uiFr, places: placesFr, journal: journalFr },
    },
    { lng: options.lng ?? 'en' },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider
        mocks={[...(options.mocks ?? []), platformSettingsMock]}
        cache={createCache()}
      >
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={[options.url ?? '/']}>
            <Routes>
              <Route path={options.path ?? '*'} element={element} />
              <Route path="/journal/:slug" element={<p>Story page {'(navigated)'}</p>} />
            </Routes>
            <Location />
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
    handle: 'marco',
    displayName: 'Marco Reyes',
    email: 'marco@example.org',
    status: MemberStatus.ACTIVE,
    role: MemberRole.MEMBER,
    communityRole: CommunityRole.CREATIVE,
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

export function journalMock(viewerFollows = false): MockLink.MockedResponse {
  return {
    request: { query: journalQuery },
    result: {
      data: {
        journal: {
          __typename: 'Journal',
          followersCount: 3,
          viewerFollows,
          feedUrl: 'http://localhost/journal/feed.atom',
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function tourPlacesMock(): MockLink.MockedResponse {
  return {
    request: { query: tourPlacesQuery },
    result: {
      data: {
        tourPlaces: [
          { __typename: 'Place', id: 'p-1', slug: 'ponyride', name: 'Ponyride' },
          {
            __typename: 'Place',
            id: 'p-2',
            slug: 'les-grands-voisins',
            name: 'Les Grands Voisins',
          },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A published story as the API returns it. */
export function story(overrides: Partial<StoryDetailsFragment> = {}): StoryDetailsFragment {
  return {
    __typename: 'Story',
    id: '0190a8c4-0000-7000-8000-000000000001',
    slug: 'ponyride-low-rent',
    title: 'Ponyride: low rent in Detroit',
    summary: 'A foreclosed printing plant in Corktown turned into low-rent space.',
    body: 'The building was bought in **2011**.',
    language: 'en',
    status: StoryStatus.PUBLISHED,
    publishedAt: '2026-03-12T10:00:00.000Z',
    updatedAt: '2026-03-12T10:00:00.000Z',
    challenges: [Challenge.BUSINESS_MODEL],
    videos: [],
    version: 1,
    threadId: 't-1',
    cover: null,
    places: [{ __typename: 'Place', id: 'p-1', slug: 'ponyride', name: 'Ponyride' }],
    author: { __typename: 'Member', id: 'm-1', handle: 'marco', displayName: 'Marco Reyes' },
    ...overrides,
  } as StoryDetailsFragment;
}
