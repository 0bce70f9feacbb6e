import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import { GraphQLError } from 'graphql';
import { guideEditor } from '../../testing/guide-fixtures';
import { firstPaint, renderGuide } from '../../testing/render-guide';
import { createGuideChapterMutation } from '../guide.documents';
import { NewChapterPage } from './new-chapter.page';

const input = {
  stage: 'SITE',
  challenges: ['REAL_ESTATE'],
  slug: null,
  titleEn: 'Meanwhile use',
  titleFr: 'L’occupation temporaire',
  bodyEn: 'Start with a lease for the meantime.',
  bodyFr: 'Commencez par un bail temporaire.',
  note: 'First draft',
};

const open = (mocks: Parameters<typeof renderGuide>[1]['mocks'], me = guideEditor) =>
  renderGuide(<NewChapterPage />, {
    mocks,
    url: '/guide/chapters/new',
    path: '/guide/chapters/new',
    me,
    routes: [{ path: '/guide/:slug/edit', element: <p>Edit page {'(navigated)'}</p> }],
  });

async function fill() {
  const user = userEvent.setup();
  await user.selectOptions(
    await screen.findByRole('combobox', { name: /Stage/ }, firstPaint),
    'Finding a site',
  );
  await user.click(screen.getByRole('checkbox', { name: 'REAL_ESTATE' }));
  await user.type(screen.getByRole('textbox', { name: /Title \(English\)/ }), input.titleEn);
  await user.type(screen.getByRole('textbox', { name: /Title \(French\)/ }), input.titleFr);
  await user.type(screen.getByRole('textbox', { name: /Text \(English/ }), input.bodyEn);
  await user.type(screen.getByRole('textbox', { name: /Text \(French/ }), input.bodyFr);
  await user.type(screen.getByRole('textbox', { name: /What changed/ }), input.note);
  await user.click(screen.getByRole('button', { name: 'Create the draft' }));
}

describe('NewChapterPage', () => {
  it('tells members who are not editors that only editors edit the guide', async () => {
    open([], { ...guideEditor, role: MemberRole.MEMBER });
    expect(
      await screen.findByText(
        'Only guide editors (ambassadors, moderators and admins) can edit the guide.',
        {},
        firstPaint,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the draft' })).not.toBeInTheDocument();
  });

  it('creates the chapter as a draft, then opens its edit page', async () => {
    const created = jest.fn(() => ({
      data: {
        createGuideChapter: { __typename: 'GuideChapter', id: 'c-9', slug: 'meanwhile-use' },
      },
    }));
    open([
      { request: { query: createGuideChapterMutation, variables: { input } }, result: created },
    ]);
    await fill();
    expect(await screen.findByText('Edit page (navigated)')).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s field errors next to their fields, and stays on the page', async () => {
    const refused = {
      request: { query: createGuideChapterMutation, variables: { input } },
      result: {
        errors: [
          new GraphQLError('Invalid input: titleEn, bodyFr.', {
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: {
                titleEn: 'makes the address /guide/meanwhile-use, already taken',
                bodyFr: 'refers to something that does not exist or is hidden: place:x',
              },
            },
          }),
        ],
      },
    };
    open([refused]);
    await fill();
    const title = screen.getByRole('textbox', { name: /Title \(English\)/ });
    expect(
      await screen.findByText('makes the address /guide/meanwhile-use, already taken'),
    ).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('refers to something that does not exist or is hidden: place:x'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the draft' })).toBeInTheDocument();
  });
});
