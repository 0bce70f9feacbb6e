import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderDiscussions } from '../../testing/render-discussions';
import { createPostMutation } from '../discussions.documents';
import { ReplyComposer } from './reply-composer';

const input = { threadId: 't1', body: 'Hello', replyToId: null, researchConsent: false };

function refusal(extensions: Record<string, unknown>) {
  return {
    request: { query: createPostMutation, variables: { input } },
    result: { errors: [new GraphQLError('Refused', { extensions })] },
  };
}

async function send() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /your reply/i }), 'Hello');
  await user.click(screen.getByRole('button', { name: 'Send the reply' }));
}

function renderComposer(extensions: Record<string, unknown>, lng: 'en' | 'fr' = 'en') {
  const onPosted = jest.fn();
  renderDiscussions(
    <ReplyComposer threadId="t1" replyTo={null} onCancelReply={jest.fn()} onPosted={onPosted} />,
    { mocks: [refusal(extensions)], lng },
  );
  return onPosted;
}

describe('ReplyComposer', () => {
  it('says the thread was locked meanwhile, and keeps the text', async () => {
    const onPosted = renderComposer({ code: 'FORBIDDEN' });
    await send();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This thread is locked: it takes no new replies.',
    );
    expect(screen.getByRole('textbox', { name: /your reply/i })).toHaveValue('Hello');
    expect(onPosted).not.toHaveBeenCalled();
  });

  it('refuses the same message twice', async () => {
    renderComposer({ code: 'CONFLICT', fields: { body: 'is the same as your last post' } });
    await send();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You posted exactly this a moment ago.',
    );
  });

  it('tells how long to wait when posting too fast, in French too', async () => {
    renderComposer({ code: 'RATE_LIMITED', retryAfterSeconds: 42 }, 'fr');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /votre réponse/i }), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vous publiez vite. Réessayez dans 42 secondes.',
    );
  });

  it('checks for an empty message before asking the server', async () => {
    renderComposer({ code: 'FORBIDDEN' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send the reply' }));
    expect(screen.getByRole('textbox', { name: /your reply/i })).toHaveAccessibleDescription(
      /write a message first/i,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
