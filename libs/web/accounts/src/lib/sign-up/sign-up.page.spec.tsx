import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { registerMutation } from '../accounts.documents';
import { meMock, renderPage } from '../../testing/render-page';
import { SignUpPage } from './sign-up.page';

/** Pastes rather than types: the same events reach the form, much faster in jsdom. */
async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillValidForm() {
  const user = userEvent.setup();
  await enter(user, screen.getByRole('textbox', { name: /name shown to members/i }), 'Ana Lima');
  await enter(user, screen.getByRole('textbox', { name: /^email/i }), 'ana@example.org');
  await enter(user, screen.getByLabelText(/^password/i), 'a long enough passphrase');
  await user.click(screen.getByRole('radio', { name: /researcher/i }));
  await enter(
    user,
    screen.getByRole('textbox', { name: /why do you want to join/i }),
    'I study citizen labs in Lisbon and want to meet practitioners.',
  );
  return user;
}

describe('SignUpPage', () => {
  it('shows the server’s per-field messages on the fields they concern', async () => {
    const mocks = [
      meMock(null),
      {
        request: { query: registerMutation, variables: () => true },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: {
                  'input.email': 'This email is not accepted.',
                  password: 'must not contain your name or email',
                },
              },
            }),
          ],
        },
      },
    ];
    renderPage(<SignUpPage />, { path: '/sign-up', mocks });
    const user = await fillValidForm();
    await user.click(screen.getByRole('button', { name: /send my application/i }));

    const email = screen.getByRole('textbox', { name: /^email/i });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(/this email is not accepted/i);
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription(
      /must not contain your name or email/i,
    );
    // The summary is announced and links each message to its field.
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This email is not accepted.');
    expect(screen.getByRole('link', { name: 'This email is not accepted.' })).toHaveAttribute(
      'href',
      '#email',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-up');
  });

  it('refuses locally what the server would refuse, with the shared limits', async () => {
    renderPage(<SignUpPage />, { path: '/sign-up', mocks: [meMock(null)] });
    const user = userEvent.setup();
    await enter(user, screen.getByLabelText(/^password/i), 'short');
    await enter(
      user,
      screen.getByRole('textbox', { name: /why do you want to join/i }),
      'Too brief',
    );
    await user.click(screen.getByRole('button', { name: /send my application/i }));

    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription(
      /at least 10 characters/i,
    );
    expect(
      screen.getByRole('textbox', { name: /why do you want to join/i }),
    ).toHaveAccessibleDescription(/at least 20 characters/i);
    expect(screen.getByRole('alert')).toHaveTextContent(/choose who you are/i);
  });
});
