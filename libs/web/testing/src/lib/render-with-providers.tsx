import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider, type MantineThemeOverride } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import {
  createCache,
  createI18n,
  type Language,
  RealtimeContext,
  type RealtimeSocket,
} from '@wide-open/web/data-access';
import { theme, uiEn, uiFr } from '@wide-open/web/ui';
import { type i18n as I18n, type ResourceLanguage } from 'i18next';
import { type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

/** A placeholder the router shows once the component navigates away (`<p>Event page</p>`). */
export interface PlaceholderRoute {
  path: string;
  element: ReactNode;
}

export interface RenderWithProvidersOptions {
  /** The library's own i18n namespaces per language; `ui` is always added. */
  resources?: Partial<Record<Language, ResourceLanguage>>;
  /** A ready i18n instance instead of one built from `resources`. */
  i18n?: I18n;
  lng?: Language;
  mocks?: MockLink.MockedResponse[];
  cache?: ReturnType<typeof createCache>;
  /** The app's theme unless given (a spec may need a jsdom-friendly override). */
  theme?: MantineThemeOverride;
  /** The realtime socket pages read from `RealtimeContext`; none (null) unless given. */
  socket?: RealtimeSocket | null;
  /** The address the router opens at (default `/`). */
  url?: string;
  /** The route pattern that renders `element` and reads its params (default: every address). */
  path?: string;
  /** Where the component may navigate to. */
  routes?: PlaceholderRoute[];
  /** Shows the router's address and query in `data-testid="location"`, to assert navigation. */
  showLocation?: boolean;
}

function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

/**
 * A component with the app's providers (i18n, mocked GraphQL, Mantine, realtime socket, an
 * in-memory router): the one place every web library's component specs render through, so the
 * providers a spec sees stay the app's.
 */
export function renderWithProviders(
  element: ReactNode,
  options: RenderWithProvidersOptions = {},
): RenderResult {
  const { resources = {} } = options;
  const i18n =
    options.i18n ??
    createI18n(
      { en: { ui: uiEn, ...resources.en }, fr: { ui: uiFr, ...resources.fr } },
      { lng: options.lng ?? 'en' },
    );
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []} cache={options.cache ?? createCache()}>
        <MantineProvider theme={options.theme ?? theme}>
          <RealtimeContext.Provider value={options.socket ?? null}>
            <MemoryRouter initialEntries={[options.url ?? '/']}>
              <Routes>
                <Route path={options.path ?? '*'} element={element} />
                {(options.routes ?? []).map((route) => (
                  <Route key={route.path} path={route.path} element={route.element} />
                ))}
              </Routes>
              {options.showLocation ? <LocationProbe /> : null}
            </MemoryRouter>
          </RealtimeContext.Provider>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}
