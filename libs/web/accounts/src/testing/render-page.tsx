import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { MemberRole } from '@wide-open/shared/contracts';
import { type Language, type SessionMemberFragment } from '@wide-open/web/data-access';
import { placesEn, placesFr } from '@wide-open/web/places';
import { renderWithProviders, sessionMember } from '@wide-open/web/testing';
import { uiEn, uiFr } from '@wide-open/web/ui';
import { type i18n as I18n } from 'i18next';
import { type ReactNode } from 'react';
import { accountsEn } from '../lib/i18n/accounts.en';
import { accountsFr } from '../lib/i18n/accounts.fr';

export { meMock } from '@wide-open/web/testing';

export const testResources = {
  en: { ui: uiEn, accounts: accountsEn, places: placesEn },
  fr: { ui: uiFr, accounts: accountsFr, places: placesFr },
};

export interface RenderPageOptions {
  path: string;
  route?: string;
  mocks?: MockLink.MockedResponse[];
  lng?: Language;
  i18n?: I18n;
}

/** A page with the app's providers, a mocked GraphQL server and an in-memory router. */
export function renderPage(element: ReactNode, options: RenderPageOptions): RenderResult {
  return renderWithProviders(element, {
    resources: testResources,
    i18n: options.i18n,
    lng: options.lng,
    mocks: options.mocks,
    url: options.route ?? options.path,
    path: options.path,
    routes: [{ path: '*', element: null }],
    showLocation: true,
  });
}

/** Camille, a moderator. */
export function member(
  overrides: Partial<SessionMemberFragment> = {},
): SessionMemberFragment & { __typename: 'Member' } {
  return sessionMember({
    handle: 'camille',
    displayName: 'Camille Laurent',
    email: 'camille@example.org',
    role: MemberRole.MODERATOR,
    ...overrides,
  });
}
