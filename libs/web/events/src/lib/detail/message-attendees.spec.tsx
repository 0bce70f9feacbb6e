import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { firstPaint, renderEvents } from '../../testing/render-events';
import { messageAttendeesMutation } from '../events.documents';
import { MessageAttendees } from './message-attendees';

const id = 'e-1';
const message = 'The door code is 4821.';
const mock = (result: Record<string, unknown>) => ({
  request: { query: messageAttendeesMutation, variables: { id, message } },
  result,
});

async function send(text: string) {
  const box = await screen.findByRole('textbox', { name: 'Message' }, firstPaint);
  fireEvent.change(box, { target: { value: text } });
  await userEvent.setup().click(screen.getByRole('button', { name: 'Send to the attendees' }));
}

describe('MessageAttendees', () => {
  it('sends the message and says to how many people', async () => {
    renderEvents(<MessageAttendees eventId={id} />, {
      mocks: [mock({ data: { messageEventAttendees: 3 } })],
    });
    await send(`  ${message}  `);
    expect(await screen.findByRole('status')).toHaveTextContent('Sent to 3 people.');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
  });

  it('asks for a message before sending, and explains the daily limit', async () => {
    renderEvents(<MessageAttendees eventId={id} />, {
      mocks: [
        mock({
          errors: [new GraphQLError('Too many', { extensions: { code: 'RATE_LIMITED' } })],
        }),
      ],
    });
    await send('   ');
    expect(await screen.findByText('Write the message first.')).toBeVisible();
    await send(message);
    expect(
      await screen.findByText(/You have sent the most messages allowed for this event today/),
    ).toBeVisible();
  });
});
