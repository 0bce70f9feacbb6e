import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { accountsEn, accountsFr } from '@wide-open/web/accounts';
import { type Language } from '@wide-open/web/data-access';
import { renderWithProviders } from '@wide-open/web/testing';
import { type ReactNode } from 'react';
import { membersEn } from '../lib/i18n/members.en';
import { membersFr } from '../lib/i18n/members.fr';

/** A members component with the app's providers and a mocked GraphQL server. */
export function renderMembers(
  element: ReactNode,
  { mocks = [], lng = 'en' }: { mocks?: MockLink.MockedResponse[]; lng?: Language } = {},
): RenderResult {
  return renderWithProviders(element, {
    mocks,
    lng,
    resources: {
      en: { accounts: accountsEn, members: membersEn },
      fr: { accounts: accountsFr, members: membersFr },
    },
  });
}
