import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Challenge, PlaceKind, PlaceStatus } from '@wide-open/shared/contracts';
import { createCache, createI18n } from '@wide-open/web/data-access';
import { uiEn, uiFr } from '@wide-open/web/ui';
import { I18nextProvider } from 'react-i18next';
import { placesEn, placesFr } from '../i18n/places.resources';
import { placesQuery } from '../places.documents';
import { PlacesList } from './places-list';

const place = (id: string, name: string, city: string, country: string) => ({
  __typename: 'Place' as const,
  id,
  slug: id,
  name,
  summary: `${name} summary`,
  kinds: [PlaceKind.THIRD_PLACE],
  status: PlaceStatus.ACTIVE,
  foundedYear: 2015,
  city,
  country,
  challenges: [Challenge.SCALING],
});

const page = (nodes: ReturnType<typeof place>[], hasNextPage: boolean, endCursor: string) => ({
  data: {
    places: {
      __typename: 'PlaceConnection',
      edges: nodes.map((node) => ({ __typename: 'PlaceEdge', cursor: node.id, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    },
  },
});

function renderList(mocks: MockLink.MockedResponse[]) {
  const i18n = createI18n(
    { en: { ui: uiEn, places: placesEn }, fr: { ui: uiFr, places: placesFr } },
    { lng: 'fr' },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MantineProvider>
          <PlacesList />
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('PlacesList', () => {
  it('lists places in the reader’s language, appends the next page and filters by challenge', async () => {
    renderList([
      {
        request: { query: placesQuery, variables: { first: 6, filter: null } },
        result: page([place('p1', 'Les Grands Voisins', 'Paris', 'FR')], true, 'p1'),
      },
      {
        request: { query: placesQuery, variables: { first: 6, filter: null, after: 'p1' } },
        result: page([place('p2', 'Ponyride', 'Detroit', 'US')], false, 'p2'),
      },
      {
        request: {
          query: placesQuery,
          variables: { first: 6, filter: { challenge: Challenge.FUNDING } },
        },
        result: page([place('p3', 'Enchanted Farm', 'Angat', 'PH')], false, 'p3'),
      },
    ]);

    const first = await screen.findByRole('article');
    expect(within(first).getByRole('heading', { name: 'Les Grands Voisins' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Paris, France · Fondé en 2015');
    expect(within(first).getByText('Tiers-lieu')).toBeInTheDocument();
    expect(first).toHaveTextContent('Statut : Ouvert');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Afficher plus de lieux' }));
    expect(await screen.findByRole('heading', { name: 'Ponyride' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Afficher plus de lieux' })).toBeNull();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filtrer par enjeu' }),
      'FUNDING',
    );
    expect(await screen.findByRole('heading', { name: 'Enchanted Farm' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});
