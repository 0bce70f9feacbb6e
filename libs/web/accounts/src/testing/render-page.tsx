import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import { MemberRole, MemberStatus, CommunityRole } from '@wide-open/shared/contracts';
import {
  createCache,
  createI18n,
  type Language,
  meQuery,
  type SessionMemberFragment,
} from '@wide-open/web/data-access';
import { placesEn, placesFr } from '@wide-open/web/places';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { type i18n as I18n } from 'i18next';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { accountsEn } from '../lib/i18n/accounts.en';
import { accountsFr } from '../lib/i18n/accounts.fr';

export const testResources = {
  en: { ui: uiEn, accounts: accountsEn, places: placesEn },
  fr: { ui: uiFr, accounts: accountsFr, places: placesFr },
};

/** Shows where the router is, so specs can assert redirects. */
function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export interface RenderPageOptions {
  path: string;
  route?: string;
  mocks?: MockLink.MockedResponse[];
  lng?: Language;
  i18n?: I18n;
}

/** A page with the app's providers, a mocked GraphQL server and an in-memory router. */
export function renderPage(element: ReactNode, options: RenderPageOptions): RenderResult {
  const i18n = options.i18n ?? createI18n(testResources, { lng: options.lng ?? 'en' });
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []} cache={createCache()}>
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={[options.route ?? options.path]}>
            <Routes>
              <Route path={options.path} element={element} />
              <Route path="*" element={null} />
            </Routes>
            <LocationProbe />
          </MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

export function member(overrides: Partial<SessionMemberFragment> = {}): SessionMemberFragment & {
  __typename: 'Member';
} {
  return {
    __typename: 'Member',
    id: 'm-1',
    handle: 'camille',
    displayName: 'Camille Laurent',
    email: 'camille@example.org',
    status: MemberStatus.ACTIVE,
    role: MemberRole.MODERATOR,
    communityRole: CommunityRole.PRACTITIONER,
    sector: null,
    motivation: null,
    decisionMessage: null,
    decidedAt: null,
    locale: 'en',
    createdAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

/** `me` answered with `who` (null: signed out), as many times as the page asks. */
export function meMock(who: SessionMemberFragment | null): MockLink.MockedResponse {
  return {
    request: { query: meQuery },
    result: { data: { me: who } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
