import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applicationMessagesQuery, sendApplicationMessageMutation } from '../accounts.documents';
import { renderPage } from '../../testing/render-page';
import { ApplicationMessages } from './application-messages';

const message = (id: string, body: string, fromModerationTeam: boolean) => ({
  __typename: 'ApplicationMessage' as const,
  id,
  body,
  createdAt: '2026-03-02T09:00:00.000Z',
  fromModerationTeam,
  author: {
    __typename: 'Member' as const,
    id: fromModerationTeam ? 'mod-1' : 'app-1',
    displayName: fromModerationTeam ? 'Camille Laurent' : 'Ana Lima',
  },
});

const listed = (nodes: Array<ReturnType<typeof message>>) => ({
  request: { query: applicationMessagesQuery, variables: { applicantId: undefined } },
  result: {
    data: {
      applicationMessages: {
        __typename: 'ApplicationMessageConnection' as const,
        edges: nodes.map((node) => ({ __typename: 'ApplicationMessageEdge' as const, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('the exchange on an application', () => {
  it('lets the applicant read the team’s question and answer it', async () => {
    const question = message('q1', 'Who runs the place with you?', true);
    const answer = message('a1', 'A cooperative of twelve people.', false);
    renderPage(<ApplicationMessages viewer="applicant" applicantName="Ana Lima" />, {
      path: '/application',
      mocks: [
        listed([question]),
        {
          request: {
            query: sendApplicationMessageMutation,
            variables: { applicantId: undefined, body: 'A cooperative of twelve people.' },
          },
          result: {
            data: { sendApplicationMessage: { __typename: 'ApplicationMessage', id: 'a1' } },
          },
        },
        listed([question, answer]),
      ],
    });
    expect(await screen.findByText('Who runs the place with you?')).toBeVisible();
    expect(screen.getByText(/Moderation team \(Camille Laurent\)/)).toBeVisible();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Your answer' }),
      '  A cooperative of twelve people. ',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('A cooperative of twelve people.')).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue(''),
    );
  });

  it('offers no answer box before the team has written, and refuses an empty message', async () => {
    const { unmount } = renderPage(
      <ApplicationMessages viewer="applicant" applicantName="Ana Lima" />,
      { path: '/application', mocks: [listed([])] },
    );
    expect(await screen.findByText(/No message yet/)).toBeVisible();
    expect(screen.queryByRole('textbox')).toBeNull();
    unmount();

    renderPage(
      <ApplicationMessages viewer="moderator" applicantId="app-1" applicantName="Ana Lima" />,
      {
        path: '/moderation/applications',
        lng: 'fr',
        mocks: [
          {
            ...listed([]),
            request: { query: applicationMessagesQuery, variables: { applicantId: 'app-1' } },
          },
        ],
      },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByText('Ce champ est obligatoire.', { exact: false })).toBeVisible();
  });
});
