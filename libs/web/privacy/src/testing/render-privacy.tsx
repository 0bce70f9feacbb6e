import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import { accountsEn, accountsFr } from '@wide-open/web/accounts';
import {
  createCache,
  createI18n,
  type Language,
  RealtimeContext,
  type RealtimeSocket,
} from '@wide-open/web/data-access';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { EventEmitter } from 'node:events';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
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
  const i18n = createI18n(
    {
      en: { ui: uiEn, accounts: accountsEn, privacy: privacyEn },
      fr: { ui: uiFr, accounts: accountsFr, privacy: privacyFr },
    },
    { lng },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MantineProvider theme={theme}>
          <RealtimeContext.Provider value={socket}>
            <MemoryRouter initialEntries={['/settings/data']}>
              <Routes>
                <Route path="/settings/data" element={element} />
                <Route path="/" element={<Home />} />
              </Routes>
            </MemoryRouter>
          </RealtimeContext.Provider>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}
