import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CommunityRole } from '@wide-open/shared/contracts';
import { renderMembers } from '../../testing/render-members';
import { membersQuery } from '../members.documents';
import { DIRECTORY_PAGE_SIZE, MemberDirectory } from './member-directory';

const card = (id: string, displayName: string, communityRole: CommunityRole, country: string) => ({
  __typename: 'Member' as const,
  id,
  handle: id,
  displayName,
  avatarUrl: null,
  headline: `${displayName} headline`,
  communityRole,
  city: null,
  country,
  skills: ['urban farming'],
});

const page = (nodes: ReturnType<typeof card>[]) => ({
  data: {
    members: {
      __typename: 'MemberDirectoryConnection',
      edges: nodes.map((node) => ({ __typename: 'MemberDirectoryEdge', cursor: node.id, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

// Filters apply after a 300 ms debounce; jsdom under a parallel run can be slow.
const slow = { timeout: 5000 };

const ana = card('ana', 'Ana Lima', CommunityRole.RESEARCHER, 'PT');
const marco = card('marco', 'Marco Rossi', CommunityRole.PRACTITIONER, 'IT');
const query = (filter: object | null, nodes: ReturnType<typeof card>[]) => ({
  request: { query: membersQuery, variables: { first: DIRECTORY_PAGE_SIZE, filter } },
  result: page(nodes),
});

describe('MemberDirectory', () => {
  it('narrows the cards by search, country and who they are, and clears the filters', async () => {
    renderMembers(<MemberDirectory />, {
      lng: 'fr',
      mocks: [
        query(null, [ana, marco]),
        query({ search: 'ferme' }, [marco]),
        query({ search: 'ferme', country: 'IT' }, [marco]),
        query({ search: 'ferme', country: 'IT', communityRole: 'RESEARCHER' }, []),
        query(null, [ana, marco]),
      ],
    });
    expect(await screen.findByRole('link', { name: 'Ana Lima' }, slow)).toHaveAttribute(
      'href',
      '/members/ana',
    );
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getAllByRole('article')[0]).toHaveTextContent('Chercheur·se · Portugal');

    const user = userEvent.setup();
    await user.click(screen.getByRole('searchbox', { name: /rechercher des membres/i }));
    await user.paste('ferme');
    expect(await screen.findByText('1 membre affiché', {}, slow)).toBeInTheDocument();
    expect(within(screen.getByRole('article')).getByRole('link')).toHaveTextContent('Marco Rossi');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Pays' }), 'IT');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Profil' }), 'RESEARCHER');
    expect(
      await screen.findByText('Aucun membre ne correspond à ces filtres.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(await screen.findByText('2 membres affichés', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /rechercher des membres/i })).toHaveValue('');
  });
});
