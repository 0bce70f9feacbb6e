import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import { CommunityRole, MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import {
  createCache,
  createI18n,
  meQuery,
  RealtimeContext,
  type SessionMember,
} from '@wide-open/web/data-access';
import { uiEn, uiFr } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { messagingEn } from '../lib/i18n/messaging.en';
import { messagingFr } from '../lib/i18n/messaging.fr';
import { type FakeSocket } from './fake-socket';

export const viewer: SessionMember = {
  id: 'm-grace',
  handle: 'grace',
  displayName: 'Grace Lee',
  email: 'grace@example.org',
  status: MemberStatus.ACTIVE,
  role: MemberRole.MEMBER,
  communityRole: CommunityRole.PRACTITIONER,
  sector: null,
  motivation: null,
  decisionMessage: null,
  decidedAt: null,
  locale: 'en',
  createdAt: '2026-01-01T10:00:00.000Z',
};

export const marco = {
  __typename: 'Member' as const,
  id: 'm-marco',
  handle: 'marco',
  displayName: 'Marco Rossi',
  avatarUrl: null,
};

export const meMock: MockLink.MockedResponse = {
  request: { query: meQuery },
  result: { data: { me: { __typename: 'Member', ...viewer } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A messaging component with the app's providers, mocked GraphQL and a fake socket. */
export function renderMessaging(
  element: ReactNode,
  { mocks, socket }: { mocks: MockLink.MockedResponse[]; socket: FakeSocket },
): RenderResult {
  const i18n = createI18n(
    { en: { ui: uiEn, messaging: messagingEn }, fr: { ui: uiFr, messaging: messagingFr } },
    { lng: 'en' },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={[meMock, ...mocks]} cache={createCache()}>
        <MantineProvider>
          <RealtimeContext.Provider value={socket.asSocket()}>
            <MemoryRouter>{element}</MemoryRouter>
          </RealtimeContext.Provider>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}
