import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { guideChapters, guideEditor, guideMock, summary } from '../../testing/guide-fixtures';
import { firstPaint, renderGuide } from '../../testing/render-guide';
import { moveGuideChapterMutation } from '../guide.documents';
import { GuidePage } from './guide.page';

describe('GuidePage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lists every stage as contents with its published chapters', async () => {
    renderGuide(<GuidePage />, { mocks: [guideMock()] });
    expect(
      screen.getByRole('heading', { level: 1, name: 'From idea to action' }),
    ).toBeInTheDocument();
    const contents = await screen.findByRole('navigation', { name: 'Contents' }, firstPaint);
    expect(within(contents).getAllByRole('heading', { level: 3 })).toHaveLength(7);
    expect(within(contents).getByRole('link', { name: 'Sharing decisions' })).toHaveAttribute(
      'href',
      '/guide/decisions',
    );
    expect(
      within(contents).getAllByText('No chapter is published in this stage yet.'),
    ).toHaveLength(4);
  });

  it('shows progress while the PDF is made, then hands it to the browser', async () => {
    let finish: (response: Response) => void = () => undefined;
    const fetchMock = jest.fn(() => new Promise<Response>((resolve) => (finish = resolve)));
    Object.assign(globalThis, { fetch: fetchMock });
    Object.assign(URL, {
      createObjectURL: jest.fn(() => 'blob:guide'),
      revokeObjectURL: jest.fn(),
    });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderGuide(<GuidePage />, { mocks: [guideMock()], lng: 'fr' });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Télécharger le PDF en français' }, firstPaint),
    );
    expect(fetchMock).toHaveBeenCalledWith('/guide/guide.pdf?lang=fr', expect.anything());
    expect(
      screen.getAllByText('Préparation du PDF en français… Cela peut prendre quelques secondes.')
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Télécharger le PDF en anglais' })).toBeDisabled();
    finish({ ok: true, blob: () => Promise.resolve(new Blob(['%PDF'])) } as Response);
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(screen.getAllByText('Le PDF en français se télécharge.').length).toBeGreaterThan(0);
  });

  it('leaves readers without the editors’ tools', async () => {
    renderGuide(<GuidePage />, { mocks: [guideMock()] });
    await screen.findByRole('navigation', { name: 'Contents' }, firstPaint);
    expect(screen.queryByRole('button', { name: /^Move/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New chapter' })).not.toBeInTheDocument();
  });

  it('moves a chapter for an editor, across stages at an end, and keeps focus on it', async () => {
    const user = userEvent.setup();
    const before = {
      ...guideChapters(),
      SCALING: [summary('c-4', 'grow', 'SCALING', 'Growing by sharing', 'Grandir en partageant')],
    };
    // "Sharing decisions" goes up past the top of Governance: into Community, empty until then.
    const moved = {
      ...before,
      COMMUNITY: [summary('c-3', 'decisions', 'COMMUNITY', 'Sharing decisions', 'Partager')],
      GOVERNANCE: [],
    };
    const move = jest.fn(() => ({
      data: {
        moveGuideChapter: {
          __typename: 'GuideChapter',
          id: 'c-3',
          stage: 'COMMUNITY',
          position: 0,
        },
      },
    }));
    renderGuide(<GuidePage />, {
      me: guideEditor,
      mocks: [
        // Until the session is known, the guide is read as a reader's.
        guideMock(),
        guideMock({ includeDrafts: true, chapters: before, once: true }),
        {
          request: {
            query: moveGuideChapterMutation,
            variables: { chapterId: 'c-3', stage: 'COMMUNITY', position: 0 },
          },
          result: move,
        },
        guideMock({ includeDrafts: true, chapters: moved }),
      ],
    });
    // The editor's guide, drafts included, once the session is known.
    await screen.findByRole('button', { name: 'Move “Growing by sharing” up' }, firstPaint);
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    expect(screen.getByRole('link', { name: 'New chapter' })).toHaveAttribute(
      'href',
      '/guide/chapters/new',
    );
    // The guide's ends: nothing above the first chapter, nothing below the last; past the end
    // of a stage, the next one.
    const button = (name: string) => within(contents).getByRole('button', { name });
    expect(button('Move “Start from a need” up')).toBeDisabled();
    expect(button('Move “Growing by sharing” down')).toBeDisabled();
    expect(button('Move “Growing by sharing” up')).toBeEnabled();
    expect(button('Move “Sharing decisions” down')).toBeEnabled();
    const up = button('Move “Sharing decisions” up');
    expect(up).toBeEnabled();

    up.focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('“Sharing decisions” is now number 1 in Community.'),
    ).toBeInTheDocument();
    expect(move).toHaveBeenCalledTimes(1);
    const sections = within(contents)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('h3'));
    expect(
      within(sections[3]).getByRole('link', { name: 'Sharing decisions' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(button('Move “Sharing decisions” up')).toHaveFocus());
  });
});
