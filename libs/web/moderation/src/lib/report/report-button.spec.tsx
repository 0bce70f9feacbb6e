import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meMock, renderModeration, sessionMember } from '../../testing/render-moderation';
import { ReportButton } from './report-button';
import { reportContentMutation } from './report.documents';

const reportMock = (reason: string, result: object) => ({
  request: {
    query: reportContentMutation,
    variables: { input: { targetType: 'POST', targetId: 'p-1', reason } },
  },
  ...result,
});

function renderButton(mocks: object[], authorId = 'author-1', lng: 'en' | 'fr' = 'en') {
  return renderModeration(
    <ReportButton targetType="POST" targetId="p-1" authorId={authorId} authorName="Bo Chen" />,
    { mocks: [meMock(sessionMember()), ...(mocks as never[])], lng },
  );
}

describe('ReportButton', () => {
  it('asks why, refuses an empty reason under the field, then confirms the report', async () => {
    const user = userEvent.setup();
    const sent = jest.fn(() => ({
      data: { reportContent: { __typename: 'Report', id: 'r-1', status: 'OPEN' } },
    }));
    renderButton([reportMock('Spam for watches', { result: sent })]);
    await user.click(await screen.findByRole('button', { name: 'Report this post by Bo Chen' }));
    expect(await screen.findByRole('dialog', { name: 'Report a post' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send the report' }));
    const reason = screen.getByRole('textbox', { name: /Why are you reporting this/ });
    expect(reason).toHaveAccessibleDescription(/Please say why you are reporting this/);
    expect(sent).not.toHaveBeenCalled();
    await user.type(reason, 'Spam for watches');
    await user.click(screen.getByRole('button', { name: 'Send the report' }));
    expect(
      await screen.findByText('Thank you: your report was sent to the moderators.'),
    ).toBeInTheDocument();
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it("shows the API's field message under the field, and other refusals above the form", async () => {
    const user = userEvent.setup();
    renderButton([
      reportMock('Too short?', {
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: { code: 'BAD_USER_INPUT', fields: { reason: 'must not be a question' } },
            },
          ],
        },
      }),
      reportMock('Spam again', {
        result: {
          errors: [{ message: 'already', extensions: { code: 'CONFLICT' } }],
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Report this post by Bo Chen' }));
    const reason = await screen.findByRole('textbox', { name: /Why are you reporting this/ });
    await user.type(reason, 'Too short?');
    await user.click(screen.getByRole('button', { name: 'Send the report' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/must not be a question/));
    await user.clear(reason);
    await user.type(reason, 'Spam again');
    await user.click(screen.getByRole('button', { name: 'Send the report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You already reported this; moderators will review it.',
    );
  });

  it('is not offered to the author, nor to visitors', async () => {
    const { unmount } = renderModeration(
      <>
        <ReportButton targetType="POST" targetId="p-1" authorId="m-1" authorName="Ana Lima" />
        <ReportButton targetType="POST" targetId="p-2" authorId="b-2" authorName="Bo Chen" />
      </>,
      { mocks: [meMock(sessionMember())] },
    );
    // Once the session is known, only the other author's post can be reported.
    expect(
      await screen.findByRole('button', { name: 'Report this post by Bo Chen' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(1);
    unmount();
    renderModeration(<ReportButton targetType="POST" targetId="p-1" authorId="author-1" />, {
      mocks: [meMock(null)],
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderButton([], 'author-1', 'fr');
    expect(
      await screen.findByRole('button', { name: 'Signaler ce message de Bo Chen' }),
    ).toBeInTheDocument();
  });
});
