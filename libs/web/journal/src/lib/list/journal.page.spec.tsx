import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole, StoryStatus } from '@wide-open/shared/contracts';
import { type StoryDetailsFragment } from '@wide-open/web/data-access';
import {
  firstPaint,
  journalMock,
  member,
  meMock,
  renderJournal,
  story,
  tourPlacesMock,
} from '../../testing/render-journal';
import { followJournalMutation, storiesQuery, storyDraftsQuery } from '../journal.documents';
import { JournalPage } from './journal.page';

type Filter = { language: string | null; challenge: string | null; placeId: string | null };
const noFilter: Filter = { language: null, challenge: null, placeId: null };

function storiesMock(filter: Filter, stories: StoryDetailsFragment[]) {
  return {
    request: { query: storiesQuery, variables: { first: 12, filter } },
    result: {
      data: {
        stories: {
          __typename: 'StoryConnection',
          edges: stories.map((node) => ({ __typename: 'StoryEdge', cursor: node.id, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const french = story({
  id: '0190a8c4-0000-7000-8000-000000000002',
  slug: 'ponyride-fr',
  title: 'Ponyride : un atelier à bas loyer',
  language: 'fr',
});

jest.setTimeout(60_000);

describe('JournalPage', () => {
  it('shows each story with its title, summary, places, language and date, and the feed', async () => {
    renderJournal(<JournalPage />, {
      mocks: [meMock(null), journalMock(), tourPlacesMock(), storiesMock(noFilter, [story()])],
    });
    const card = (
      await screen.findByRole('link', { name: 'Ponyride: low rent in Detroit' }, firstPaint)
    ).closest('article')!;
    expect(
      within(card).getByRole('link', { name: 'Ponyride: low rent in Detroit' }),
    ).toHaveAttribute('href', '/journal/ponyride-low-rent');
    expect(card).toHaveTextContent('A foreclosed printing plant in Corktown');
    expect(card).toHaveTextContent('Published on March 12, 2026');
    expect(card).toHaveTextContent('English');
    expect(within(card).getByRole('link', { name: 'Ponyride' })).toHaveAttribute(
      'href',
      '/places/ponyride',
    );
    expect(screen.getByRole('link', { name: 'Atom feed of the journal' })).toHaveAttribute(
      'href',
      '/journal/feed.atom',
    );
    // Feed readers and browsers find the feed from the page's head.
    expect(
      document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute('href', '/journal/feed.atom');
    expect(screen.getByRole('link', { name: 'Sign in to follow the journal' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Write a story' })).toBeNull();
  });

  it('filters by language and place through the address, in French too', async () => {
    renderJournal(<JournalPage />, {
      lng: 'fr',
      url: '/journal?place=ponyride',
      mocks: [
        meMock(null),
        journalMock(),
        tourPlacesMock(),
        storiesMock({ ...noFilter, placeId: 'p-1' }, [story(), french]),
        storiesMock({ ...noFilter, placeId: 'p-1', language: 'fr' }, [french]),
      ],
    });
    expect(
      await screen.findByRole('link', { name: 'Ponyride: low rent in Detroit' }, firstPaint),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Lieu' })).toHaveValue('ponyride');
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'fr');
    expect(await screen.findByText('1 récit affiché')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ponyride: low rent in Detroit' })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Ponyride : un atelier à bas loyer' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/journal?lang=fr&place=ponyride');
  });

  it('offers ambassadors to write, and lists their drafts', async () => {
    const draft = story({
      id: '0190a8c4-0000-7000-8000-000000000003',
      slug: 'prinzessinnengarten',
      title: 'A garden built to move',
      status: StoryStatus.DRAFT,
      publishedAt: null,
      threadId: null,
    });
    renderJournal(<JournalPage />, {
      mocks: [
        meMock(member({ role: MemberRole.AMBASSADOR })),
        journalMock(true),
        tourPlacesMock(),
        storiesMock(noFilter, [story()]),
        {
          request: { query: storyDraftsQuery },
          result: {
            data: {
              storyDrafts: {
                __typename: 'StoryConnection',
                edges: [{ __typename: 'StoryEdge', node: draft }],
              },
            },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    expect(await screen.findByRole('link', { name: 'Write a story' }, firstPaint)).toHaveAttribute(
      'href',
      '/journal/new',
    );
    const drafts = screen.getByRole('region', { name: 'Your drafts' });
    expect(
      await within(drafts).findByRole('link', { name: 'A garden built to move' }),
    ).toBeInTheDocument();
    expect(within(drafts).getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop following the journal' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('lets a member follow the journal, and says so', async () => {
    renderJournal(<JournalPage />, {
      mocks: [
        meMock(member()),
        journalMock(false),
        tourPlacesMock(),
        storiesMock(noFilter, [story()]),
        {
          request: { query: followJournalMutation },
          result: {
            data: {
              followJournal: {
                __typename: 'Journal',
                followersCount: 4,
                viewerFollows: true,
                feedUrl: 'http://localhost/journal/feed.atom',
              },
            },
          },
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Follow the journal' }, firstPaint));
    expect(
      await screen.findByRole('button', { name: 'Stop following the journal' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('4 followers')).toBeInTheDocument();
    expect(screen.getByText('You follow the research journal.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Write a story' })).toBeNull();
  });
});
