import { useFragment } from '@apollo/client/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCache } from '@wide-open/web/data-access';
import { renderDiscussions } from '../../testing/render-discussions';
import { postFieldsFragment, reactMutation } from '../discussions.documents';
import { ReactionBar } from './reaction-bar';

const member = (id: string, displayName: string) => ({
  __typename: 'Member' as const,
  id,
  displayName,
});
const reaction = (emoji: string, count: number, viewerReacted: boolean, names: string[]) => ({
  __typename: 'ReactionCount' as const,
  emoji,
  count,
  viewerReacted,
  members: names.map((name) => member(name.toLowerCase().replace(/\W/g, '-'), name)),
});
type Reaction = ReturnType<typeof reaction>;

const post = (reactions: Reaction[]) => ({
  __typename: 'Post' as const,
  id: 'p1',
  threadId: 't1',
  body: 'Our impact report',
  deleted: false,
  hidden: false,
  awaitingReview: false,
  editedAt: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  researchConsent: false,
  author: { __typename: 'Member' as const, id: 'm9', handle: 'marco', displayName: 'Marco Reyes' },
  replyTo: null,
  reactions,
  revisions: [],
});

const answer = (reactions: Reaction[]) => ({
  data: { react: { __typename: 'Post', id: 'p1', reactions } },
});

/** Reads the post from the cache, as the thread page does. */
function CachedReactions() {
  const { data, complete } = useFragment({
    fragment: postFieldsFragment,
    from: { __typename: 'Post', id: 'p1' },
  });
  return complete ? <ReactionBar postId="p1" canReact reactions={data.reactions} /> : null;
}

describe('ReactionBar', () => {
  it('toggles a reaction: the count, the pressed state and who reacted follow the server', async () => {
    const two = [reaction('👍', 2, false, ['Marco Reyes', 'Camille Laurent'])];
    const three = [reaction('👍', 3, true, ['Marco Reyes', 'Camille Laurent', 'Ana Lima'])];
    const withParty = [...three, reaction('🎉', 1, true, ['Ana Lima'])];
    const cache = createCache();
    cache.writeFragment({ fragment: postFieldsFragment, data: post(two) });
    const thumbs = jest.fn(() => answer(three));
    const party = jest.fn(() => answer(withParty));
    const variables = (emoji: string) => ({
      query: reactMutation,
      variables: { postId: 'p1', emoji },
    });
    renderDiscussions(<CachedReactions />, {
      cache,
      mocks: [
        { request: variables('👍'), result: thumbs },
        { request: variables('🎉'), result: party },
      ],
    });
    const user = userEvent.setup();

    const button = screen.getByRole('button', {
      name: '👍 2. Reacted: Marco Reyes, Camille Laurent. React',
    });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(
      await screen.findByRole('button', {
        name: '👍 3. Reacted: Marco Reyes, Camille Laurent, Ana Lima. Remove yours',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(thumbs).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Add a reaction' }));
    const picker = await screen.findByRole('group', { name: 'Pick a reaction' });
    await user.click(within(picker).getByRole('button', { name: '🎉' }));
    expect(await screen.findByRole('button', { name: /^🎉 1\./ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(party).toHaveBeenCalledTimes(1);
  });

  it('shows counts, without the picker, to readers who cannot react', () => {
    renderDiscussions(
      <ReactionBar
        postId="p1"
        canReact={false}
        reactions={[reaction('❤️', 1, false, ['Ana Lima'])]}
      />,
    );
    expect(screen.getByRole('button', { name: /^❤️ 1\./ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Add a reaction' })).toBeNull();
  });
});
