import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { type SessionMember } from '@wide-open/web/data-access';
import { meMock as meMockFor, renderWithProviders, sessionMember } from '@wide-open/web/testing';
import { type ReactNode } from 'react';
import { messagingEn } from '../lib/i18n/messaging.en';
import { messagingFr } from '../lib/i18n/messaging.fr';
import { type FakeSocket } from './fake-socket';

/** Grace, the signed-in member. */
export const viewer: SessionMember = sessionMember({
  id: 'm-grace',
  handle: 'grace',
  displayName: 'Grace Lee',
  email: 'grace@example.org',
});

export const marco = {
  __typename: 'Member' as const,
  id: 'm-marco',
  handle: 'marco',
  displayName: 'Marco Rossi',
  avatarUrl: null,
};

export const meMock: MockLink.MockedResponse = meMockFor(viewer);

/** A messaging component with the app's providers, mocked GraphQL and a fake socket. */
export function renderMessaging(
  element: ReactNode,
  { mocks, socket }: { mocks: MockLink.MockedResponse[]; socket: FakeSocket },
): RenderResult {
  return renderWithProviders(element, {
    mocks: [meMock, ...mocks],
    socket: socket.asSocket(),
    resources: { en: { messaging: messagingEn }, fr: { messaging: messagingFr } },
  });
}
