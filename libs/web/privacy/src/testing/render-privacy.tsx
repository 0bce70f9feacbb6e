import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { accountsEn, accountsFr } from '@wide-open/web/accounts';
import { type Language, type RealtimeSocket } from '@wide-open/web/data-access';
import { renderWithProviders } from '@wide-open/web/testing';
import { EventEmitter } from 'node:events';
import { type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { privacyEn } from '../lib/i18n/privacy.en';
import { privacyFr } from '../lib/i18n/privacy.fr';

/** Stands in for the socket.io client: tests emit server events on it. */
export function fakeSocket(): EventEmitter & { socket: RealtimeSocket } {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { socket: emitter as unknown as RealtimeSocket });
}

function Home() {
  const state = useLocation().state as { accountDeleted?: boolean } | null;
  return <p>Home page{state?.accountDeleted ? ' (account deleted)' : ''}</p>;
}

/**
 * A privacy component at `/settings/data` with the app's providers, a mocked GraphQL server and
 * optionally a fake realtime socket; `/` shows a stand-in home page.
 */
export function renderPrivacy(
  element: ReactNode,
  {
    mocks = [],
    lng = 'en',
    socket = null,
  }: { mocks?: MockLink.MockedResponse[]; lng?: Language; socket?: RealtimeSocket | null } = {},
): RenderResult {
  return renderWithProviders(element, {
    mocks,
    lng,
    socket,
    resources: {
      en: { accounts: accountsEn, privacy: privacyEn },
      fr: { accounts: accountsFr, privacy: privacyFr },
    },
    url: '/settings/data',
    path: '/settings/data',
    routes: [{ path: '/', element: <Home /> }],
  });
}
