import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import { createCache, createI18n, type Language, meQuery } from '@wide-open/web/data-access';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { guideEn } from '../lib/i18n/guide.en';
import { guideFr } from '../lib/i18n/guide.fr';

export const firstPaint = { timeout: 8000 };

/** A guide page with the app's providers, a session, and a mocked GraphQL server. */
export function renderGuide(
  element: ReactNode,
  options: {
    mocks: MockLink.MockedResponse[];
    lng?: Language;
    url?: string;
    path?: string;
    /** The signed-in member (`me`); signed out when absent. */
    me?: Record<string, unknown>;
  },
): RenderResult {
  const i18n = createI18n(
    { en: { ui: uiEn, guide: guideEn }, fr: { ui: uiFr, guide: guideFr } },
    { lng: options.lng ?? 'en' },
  );
  const session = {
    request: { query: meQuery },
    result: { data: { me: options.me ?? null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={[session, ...options.mocks]} cache={createCache()}>
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={[options.url ?? '/']}>
            <Routes>
              <Route path={options.path ?? '*'} element={element} />
              <Route path="/places/:slug" element={<p>Place page {'(navigated)'}</p>} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}
