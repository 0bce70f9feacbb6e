import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCache, LANGUAGE_STORAGE_KEY, meQuery } from '@wide-open/web/data-access';
import { placesQuery } from '@wide-open/web/places';
import { App } from './app';
import { createAppI18n } from './app-i18n';

function mockClient() {
  const always = { maxUsageCount: Number.POSITIVE_INFINITY };
  return new ApolloClient({
    cache: createCache(),
    link: new MockLink([
      { request: { query: meQuery }, result: { data: { me: null } }, ...always },
      {
        request: { query: placesQuery, variables: () => true },
        result: {
          data: {
            places: {
              __typename: 'PlaceConnection',
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
        ...always,
      },
    ]),
  });
}

describe('language switch', () => {
  beforeEach(() => window.localStorage.clear());

  it('changes every text and the page language, and is remembered on the next visit', async () => {
    const first = render(<App i18n={createAppI18n()} client={mockClient()} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: /community of people who build/i }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Français' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: /la communauté de celles et ceux/i }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander à rejoindre' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    first.unmount();

    // A new visit: a fresh i18n instance reads the remembered choice over the browser's English.
    act(() => {
      render(<App i18n={createAppI18n()} client={mockClient()} />);
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /la communauté de celles et ceux/i }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  });
});
