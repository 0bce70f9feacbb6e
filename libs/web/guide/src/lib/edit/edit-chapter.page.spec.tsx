import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import { GraphQLError } from 'graphql';
import { chapterMock, guideEditor, version } from '../../testing/guide-fixtures';
import { firstPaint, renderGuide } from '../../testing/render-guide';
import { editGuideChapterMutation, guideSuggestionsQuery } from '../guide.documents';
import { EditChapterPage } from './edit-chapter.page';

jest.mock('react-markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => <p data-testid="markdown">{children}</p>,
}));
jest.mock('remark-gfm', () => ({ __esModule: true, default: () => undefined }));

const editor = guideEditor;

function editorChapter() {
  const mock = chapterMock();
  const latest = version({ id: 'v-2', number: 2, isPublished: false, note: 'Shorter' });
  const chapter = {
    ...mock.result.data.guideChapter,
    latestVersion: latest,
    versionHistory: {
      __typename: 'GuideChapterVersionConnection',
      edges: [latest, version()].map((v) => ({
        __typename: 'GuideChapterVersionEdge',
        node: {
          __typename: 'GuideChapterVersion',
          id: v.id,
          number: v.number,
          titleEn: v.titleEn,
          titleFr: v.titleFr,
          note: v.note,
          createdAt: v.createdAt,
          isPublished: v.isPublished,
          author: v.author,
        },
      })),
    },
  };
  return { ...mock, result: { data: { guideChapter: chapter } } };
}

const noSuggestions = {
  request: { query: guideSuggestionsQuery, variables: { chapterId: 'c-2' } },
  result: {
    data: { guideSuggestions: { __typename: 'GuideSuggestionConnection', edges: [] } },
  },
};

describe('EditChapterPage', () => {
  it('tells members who are not editors that only editors edit the guide', async () => {
    renderGuide(<EditChapterPage />, {
      mocks: [],
      url: '/guide/business/edit',
      path: '/guide/:slug/edit',
      me: { ...editor, role: MemberRole.MEMBER },
    });
    expect(
      await screen.findByText(
        'Only guide editors (ambassadors, moderators and admins) can edit the guide.',
        {},
        firstPaint,
      ),
    ).toBeInTheDocument();
  });

  it('shows the history with who and when, and the server’s field errors on save', async () => {
    const refused = {
      request: { query: editGuideChapterMutation, variables: () => true },
      result: {
        errors: [
          new GraphQLError('bodyEn: refers to something that does not exist or is hidden', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { bodyEn: 'refers to something that does not exist or is hidden: place:x' },
            },
          }),
        ],
      },
    };
    renderGuide(<EditChapterPage />, {
      mocks: [editorChapter(), noSuggestions, refused],
      url: '/guide/business/edit',
      path: '/guide/:slug/edit',
      me: editor,
    });
    const title = await screen.findByRole('textbox', { name: /Title \(English\)/ }, firstPaint);
    expect(title).toHaveValue('A business model that serves the mission');
    expect(screen.getByRole('button', { name: 'Publish version 2' })).toBeInTheDocument();
    expect(screen.getAllByText('by Marco Reyes, November 20, 2026')).toHaveLength(2);
    expect(screen.getByText('Published')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    expect(
      await screen.findByText('refers to something that does not exist or is hidden: place:x'),
    ).toBeInTheDocument();
  });
});
