import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import { accountsEn, accountsFr } from '@wide-open/web/accounts';
import { createCache, createI18n, type Language } from '@wide-open/web/data-access';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { membersEn } from '../lib/i18n/members.en';
import { membersFr } from '../lib/i18n/members.fr';

/** A members component with the app's providers and a mocked GraphQL server. */
export function renderMembers(
  element: ReactNode,
  { mocks = [], lng = 'en' }: { mocks?: MockLink.MockedResponse[]; lng?: Language } = {},
): RenderResult {
  const i18n = createI18n(
    {
      en: { ui: uiEn, accounts: accountsEn, members: membersEn },
      fr: { ui: uiFr, accounts: accountsFr, members: membersFr },
    },
    { lng },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MantineProvider theme={theme}>
          <MemoryRouter>{element}</MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}
