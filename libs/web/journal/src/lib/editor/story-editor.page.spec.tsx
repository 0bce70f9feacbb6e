import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole, StoryStatus } from '@wide-open/shared/contracts';
import { GraphQLError } from 'graphql';
import { firstPaint, member, meMock, renderJournal, story } from '../../testing/render-journal';
import {
  createStoryMutation,
  publishStoryMutation,
  storyPlacesSearchQuery,
} from '../journal.documents';
import { NewStoryPage } from './story-editor.page';

const ambassador = member({ role: MemberRole.AMBASSADOR });

const input = {
  title: 'Ponyride: low rent in Detroit',
  summary: 'A foreclosed printing plant in Corktown turned into low-rent space.',
  body: 'The building was bought in **2011** for $100,000.',
  language: 'en',
  placeIds: ['p-1'],
  challenges: ['BUSINESS_MODEL'],
  videos: ['https://vimeo.com/76979871'],
  coverId: null,
  coverAlt: null,
};
const saved = story({
  title: input.title,
  summary: input.summary,
  body: input.body,
  status: StoryStatus.DRAFT,
  publishedAt: null,
  threadId: null,
  videos: input.videos,
});

const placeSearch = {
  request: { query: storyPlacesSearchQuery, variables: { search: 'pony' } },
  result: {
    data: {
      places: {
        __typename: 'PlaceConnection',
        edges: [
          {
            __typename: 'PlaceEdge',
            node: {
              __typename: 'Place',
              id: 'p-1',
              slug: 'ponyride',
              name: 'Ponyride',
              city: 'Detroit',
            },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Sets a field's value in one change event (typing key by key is slow on a busy machine). */
function fill(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

function fillStory() {
  fill(screen.getByRole('textbox', { name: /^Title/ }), input.title);
  fill(screen.getByRole('textbox', { name: /^Summary/ }), input.summary);
  fill(screen.getByRole('textbox', { name: /^Story/ }), input.body);
  fill(screen.getByRole('textbox', { name: /^Videos/ }), `${input.videos[0]}\n`);
}

// A long form in jsdom: rendering it is CPU-bound, and the machine may be busy.
jest.setTimeout(60_000);

describe('NewStoryPage', () => {
  it('says what is missing before sending anything, each message linked to its field', async () => {
    renderJournal(<NewStoryPage />, { mocks: [meMock(ambassador)] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save the draft' }, firstPaint));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link', { name: 'This is required.' })
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#story-title', '#story-summary', '#story-body']);
    fill(screen.getByRole('textbox', { name: /^Title/ }), 'Hi');
    fill(screen.getByRole('textbox', { name: /^Videos/ }), 'https://example.org/clip.mp4');
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(await screen.findByRole('link', { name: 'At least 5 characters.' })).toHaveAttribute(
      'href',
      '#story-title',
    );
    expect(screen.getByRole('textbox', { name: /^Videos/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('previews the story as it will appear: title, body, click-to-load videos, places', async () => {
    renderJournal(<NewStoryPage />, { mocks: [meMock(ambassador), placeSearch] });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Save the draft' }, firstPaint);
    fillStory();
    fill(screen.getByRole('searchbox', { name: /^Find a place/ }), 'pony');
    await user.click(
      await screen.findByRole('button', { name: 'Add Ponyride (Detroit)' }, firstPaint),
    );
    await user.click(screen.getByRole('tab', { name: 'Preview' }));

    expect(screen.getByRole('heading', { level: 2, name: input.title })).toBeInTheDocument();
    expect(
      screen.getByText('This is how the story will appear once published.'),
    ).toBeInTheDocument();
    // The body as the ui library's Markdown shows it (react-markdown itself is stubbed in jest).
    expect(await screen.findByText(input.body, {}, firstPaint)).toBeInTheDocument();
    // Nothing is loaded from the video host until the reader asks.
    expect(document.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('button', { name: /Load the video from Vimeo/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ponyride' })).toHaveAttribute(
      'href',
      '/places/ponyride',
    );
  });

  it('shows the API’s refusal by its field, then saves and publishes, and opens the story', async () => {
    const request = { query: createStoryMutation, variables: { input } };
    renderJournal(<NewStoryPage />, {
      mocks: [
        meMock(ambassador),
        placeSearch,
        {
          request,
          result: {
            errors: [
              new GraphQLError('placeIds: must be places on Wide Open (not found: p-1)', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: { placeIds: 'must be places on Wide Open (not found: p-1)' },
                },
              }),
            ],
          },
        },
        { request, result: { data: { createStory: saved } } },
        {
          request: { query: publishStoryMutation, variables: { id: saved.id } },
          result: { data: { publishStory: { ...saved, status: StoryStatus.PUBLISHED } } },
        },
      ],
    });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Save and publish' }, firstPaint);
    fillStory();
    fill(screen.getByRole('searchbox', { name: /^Find a place/ }), 'pony');
    await user.click(
      await screen.findByRole('button', { name: 'Add Ponyride (Detroit)' }, firstPaint),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Business model' }));

    await user.click(screen.getByRole('button', { name: 'Save and publish' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'One of these places is no longer on Wide Open: remove it and choose again.',
      }),
    ).toHaveAttribute('href', '#story-place-search');

    await user.click(screen.getByRole('button', { name: 'Save and publish' }));
    expect(await screen.findByText('Story page (navigated)')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/journal/ponyride-low-rent');
  });

  it('tells members who are not ambassadors that writing is for ambassadors', async () => {
    renderJournal(<NewStoryPage />, { mocks: [meMock(member())], lng: 'fr' });
    expect(
      await screen.findByText(
        /L’écriture des récits est réservée aux ambassadeurs/,
        {},
        firstPaint,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer le brouillon' })).toBeNull();
  });
});
