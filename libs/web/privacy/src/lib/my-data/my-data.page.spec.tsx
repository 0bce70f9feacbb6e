import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CommunityRole } from '@wide-open/shared/contracts';
import { meQuery } from '@wide-open/web/data-access';
import { sessionMember } from '@wide-open/web/testing';
import { GraphQLError } from 'graphql';
import { fakeSocket, renderPrivacy } from '../../testing/render-privacy';
import {
  deleteAccountMutation,
  myDataExportsQuery,
  requestDataExportMutation,
} from '../privacy.documents';
import { MyDataPage } from './my-data.page';

const member = sessionMember({
  communityRole: CommunityRole.RESEARCHER,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const signedIn = { request: { query: meQuery }, result: { data: { me: member } } };
const signedOut = { request: { query: meQuery }, result: { data: { me: null } } };

const exportRow = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'DataExport' as const,
  id: 'e-1',
  status: 'QUEUED',
  progress: 0,
  createdAt: '2026-11-20T10:00:00.000Z',
  readyAt: null,
  expiresAt: null,
  bytes: null,
  downloadUrl: null,
  ...overrides,
});

const ready = exportRow({
  status: 'READY',
  progress: 100,
  readyAt: '2026-11-20T10:00:05.000Z',
  expiresAt: '2026-11-27T10:00:05.000Z',
  bytes: 24_500,
  downloadUrl: '/privacy/exports/e-1/download',
});

describe('MyDataPage', () => {
  it('requests an archive, shows its progress live (bar and live region), then the download link', async () => {
    const live = fakeSocket();
    renderPrivacy(<MyDataPage />, {
      socket: live.socket,
      mocks: [
        signedIn,
        { request: { query: myDataExportsQuery }, result: { data: { myDataExports: [] } } },
        {
          request: { query: requestDataExportMutation },
          result: { data: { requestDataExport: exportRow() } },
        },
        { request: { query: myDataExportsQuery }, result: { data: { myDataExports: [ready] } } },
      ],
    });
    expect(await screen.findByText('You have not asked for an archive yet.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Prepare my archive' }));

    const bar = await screen.findByRole('progressbar', { name: 'Preparing your archive' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByRole('button', { name: 'Preparing…' })).toBeDisabled();

    act(() => {
      live.emit('dataExport:progress', { id: 'e-1', status: 'RUNNING', progress: 53 });
    });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '53'));
    expect(screen.getByText('Preparing your archive: 53 %')).toBeInTheDocument();
    // Screen readers hear the quarter, not every percent.
    expect(screen.getByRole('status')).toHaveTextContent('Preparing your archive: 50 %');

    act(() => {
      live.emit('dataExport:progress', { id: 'e-1', status: 'READY', progress: 100 });
    });
    const link = await screen.findByRole('link', { name: 'Download my data' });
    expect(link).toHaveAttribute('href', '/privacy/exports/e-1/download');
    expect(link).toHaveAttribute('download');
    expect(screen.getByRole('status')).toHaveTextContent('Your archive is ready.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText(/Available until November 27, 2026/)).toBeInTheDocument();
  });

  it('confirms deletion with the password: a wrong one stays on its field, the right one signs out and goes home', async () => {
    renderPrivacy(<MyDataPage />, {
      lng: 'fr',
      mocks: [
        signedIn,
        { request: { query: myDataExportsQuery }, result: { data: { myDataExports: [ready] } } },
        {
          request: { query: deleteAccountMutation, variables: { password: 'wrong one' } },
          result: {
            errors: [
              new GraphQLError('password: is not your current password', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: { password: 'is not your current password' },
                },
              }),
            ],
          },
        },
        {
          request: { query: deleteAccountMutation, variables: { password: 'right one' } },
          result: { data: { deleteAccount: true } },
        },
        signedOut,
      ],
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Télécharger mes données' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Supprimer définitivement votre compte ?',
    });
    const password = within(dialog).getByLabelText(/Votre mot de passe/);
    await waitFor(() => expect(password).toHaveFocus());

    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    expect(
      await within(dialog).findByText('Saisissez votre mot de passe pour confirmer.'),
    ).toBeVisible();

    await user.type(password, 'wrong one');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    expect(
      await within(dialog).findByText('Ce n’est pas votre mot de passe actuel.'),
    ).toBeVisible();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Ce n’est pas votre mot de passe actuel.');

    await user.clear(password);
    await user.type(password, 'right one');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer mon compte' }));
    expect(await screen.findByText('Home page (account deleted)')).toBeInTheDocument();
  });
});
