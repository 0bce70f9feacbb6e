import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loginMutation } from '@wide-open/web/data-access';
import { GraphQLError } from 'graphql';
import { meMock, renderPage } from '../../testing/render-page';
import { SignInPage } from './sign-in.page';

function refusal(extensions: Record<string, unknown>) {
  return {
    request: {
      query: loginMutation,
      variables: { email: 'ana@example.org', password: 'a passphrase!' },
    },
    result: { errors: [new GraphQLError('Refused', { extensions })] },
  };
}

async function submit() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /^email/i }), 'ana@example.org');
  await user.type(screen.getByLabelText(/^password/i), 'a passphrase!');
  await user.click(screen.getByRole('button', { name: /^sign in$/i }));
}

describe('SignInPage', () => {
  it('tells a rejected applicant the moderator’s reason', async () => {
    const reason = 'Your project is not a third place yet; apply again when it opens.';
    renderPage(<SignInPage />, {
      path: '/sign-in',
      mocks: [meMock(null), refusal({ code: 'FORBIDDEN', status: 'REJECTED', reason })],
    });
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your application was not accepted.');
    expect(alert).toHaveTextContent(`Moderator’s reason: ${reason}`);
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in');
  });

  it('says in French when the password is wrong, and how long to wait when rate limited', async () => {
    const { unmount } = renderPage(<SignInPage />, {
      path: '/sign-in',
      lng: 'fr',
      mocks: [meMock(null), refusal({ code: 'UNAUTHENTICATED' })],
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^e-mail/i }), 'ana@example.org');
    await user.type(screen.getByLabelText(/^mot de passe/i), 'a passphrase!');
    await user.click(screen.getByRole('button', { name: /^se connecter$/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "L'e-mail ou le mot de passe est incorrect.",
    );
    unmount();

    renderPage(<SignInPage />, {
      path: '/sign-in',
      mocks: [meMock(null), refusal({ code: 'RATE_LIMITED', retryAfterSeconds: 300 })],
    });
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 5 minutes.');
  });
});
