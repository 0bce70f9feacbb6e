import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { Challenge, CommunityRole, StoryStatus } from '@wide-open/shared/contracts';
import {
  type Language,
  platformSettingsQuery,
  type SessionMemberFragment,
  type StoryDetailsFragment,
} from '@wide-open/web/data-access';
import { placesEn, placesFr } from '@wide-open/web/places';
import { renderWithProviders, sessionMember } from '@wide-open/web/testing';
import { type ReactNode } from 'react';
import { journalEn } from '../lib/i18n/journal.en';
import { journalFr } from '../lib/i18n/journal.fr';
import { journalQuery, tourPlacesQuery } from '../lib/journal.documents';

export { firstPaint, meMock } from '@wide-open/web/testing';

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

/** A journal page or component with the app's providers and a mocked GraphQL server. */
export function renderJournal(element: ReactNode, options: RenderOptions = {}): RenderResult {
  return renderWithProviders(element, {
    ...options,
    mocks: [...(options.mocks ?? []), platformSettingsMock],
    resources: {
      en: { places: placesEn, journal: journalEn },
      fr: { places: placesFr, journal: journalFr },
    },
    routes: [{ path: '/journal/:slug', element: <p>Story page {'(navigated)'}</p> }],
    showLocation: true,
  });
}

/** Marco, a creative. */
export function member(
  overrides: Partial<SessionMemberFragment> = {},
): SessionMemberFragment & { __typename: 'Member' } {
  return sessionMember({
    handle: 'marco',
    displayName: 'Marco Reyes',
    email: 'marco@example.org',
    communityRole: CommunityRole.CREATIVE,
    ...overrides,
  });
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
