import { screen, within } from '@testing-library/react';
import { chapterMock, guideMock, lessonId } from '../../testing/guide-fixtures';
import { firstPaint, renderGuide } from '../../testing/render-guide';
import { ChapterPage } from './chapter.page';

// react-markdown is ES modules only, which jest's CommonJS runtime cannot load: the body shows as
// its text (with reference tokens already turned into links, which withReferenceLinks' spec checks).
jest.mock('react-markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => <p data-testid="markdown">{children}</p>,
}));
jest.mock('remark-gfm', () => ({ __esModule: true, default: () => undefined }));

function renderChapter(lng: 'en' | 'fr' = 'en') {
  renderGuide(<ChapterPage />, {
    mocks: [chapterMock(), guideMock()],
    url: '/guide/business',
    path: '/guide/:slug',
    lng,
  });
}

describe('ChapterPage', () => {
  it('shows the chapter with live links, unavailable references, its date and neighbours', async () => {
    renderChapter();
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'A business model that serves the mission' },
        firstPaint,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Updated on November 21, 2026')).toBeInTheDocument();
    expect(await screen.findByTestId('markdown')).toHaveTextContent(
      `Low rent was the mission. [What Ponyride shows](/places/ponyride#lesson-${lessonId}) and *(No longer available)*.`,
    );
    const cards = screen.getByRole('region', { name: 'Lessons and places in this chapter' });
    expect(within(cards).getByRole('link', { name: 'What Ponyride shows' })).toHaveAttribute(
      'href',
      `/places/ponyride#lesson-${lessonId}`,
    );
    expect(within(cards).getByText('Lesson learned at Ponyride')).toBeInTheDocument();
    expect(within(cards).getByText('No longer available')).toBeInTheDocument();
    const pager = await screen.findByRole('navigation', { name: 'Chapters' });
    expect(
      within(pager).getByRole('link', { name: 'Previous: Start from a need' }),
    ).toHaveAttribute('href', '/guide/idea');
    expect(
      within(pager).getByRole('link', { name: 'Next: Sharing decisions' }),
    ).toBeInTheDocument();
    // Signed out: an invitation to sign in instead of the suggestion form.
    expect(
      screen.getByRole('link', { name: 'Sign in as a member to suggest a change.' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit this chapter' })).not.toBeInTheDocument();
  });

  it('reads in French', async () => {
    renderChapter('fr');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Un modèle économique au service de la mission' },
        firstPaint,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Mis à jour le 21 novembre 2026')).toBeInTheDocument();
  });
});
