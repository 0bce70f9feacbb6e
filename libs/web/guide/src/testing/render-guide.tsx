import { type MockLink } from '@apollo/client/testing';
import { type RenderResult } from '@testing-library/react';
import { type Language, type SessionMemberFragment } from '@wide-open/web/data-access';
import { meMock, type PlaceholderRoute, renderWithProviders } from '@wide-open/web/testing';
import { type ReactNode } from 'react';
import { guideEn } from '../lib/i18n/guide.en';
import { guideFr } from '../lib/i18n/guide.fr';

export { firstPaint } from '@wide-open/web/testing';

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
    /** Where the page may navigate to, besides a place page. */
    routes?: PlaceholderRoute[];
  },
): RenderResult {
  const { me, mocks, routes = [], ...rest } = options;
  return renderWithProviders(element, {
    ...rest,
    mocks: [meMock((me ?? null) as SessionMemberFragment | null), ...mocks],
    resources: { en: { guide: guideEn }, fr: { guide: guideFr } },
    routes: [{ path: '/places/:slug', element: <p>Place page {'(navigated)'}</p> }, ...routes],
  });
}
