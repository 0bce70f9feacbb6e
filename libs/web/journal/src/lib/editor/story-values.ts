import { type Challenge, type ContentLanguage, Limits } from '@wide-open/shared/contracts';
import {
  type CreateStoryInput,
  type StoryDetailsFragment,
  type UpdateStoryInput,
} from '@wide-open/web/data-access';
import { characterCount, videoEmbed } from '@wide-open/web/ui';
import { type TFunction } from 'i18next';

const L = Limits.story;

export interface ChosenPlace {
  id: string;
  slug: string;
  name: string;
}

export interface StoryCover {
  id: string;
  url: string;
  width: number;
  height: number;
}

/** The editor's values, as typed. */
export interface StoryDraft {
  title: string;
  summary: string;
  body: string;
  language: ContentLanguage;
  places: ChosenPlace[];
  challenges: Challenge[];
  /** One video page address per line. */
  videos: string;
  cover: StoryCover | null;
  coverAlt: string;
}

/** Form fields, named like the API's input so its field errors land on them. */
export type StoryField =
  | 'title'
  | 'summary'
  | 'body'
  | 'language'
  | 'placeIds'
  | 'challenges'
  | 'videos'
  | 'coverId'
  | 'coverAlt';

export type StoryErrors = Partial<Record<StoryField, string>>;

/** The id of the input each field's message links to. */
export const fieldInputId: Record<StoryField, string> = {
  title: 'story-title',
  summary: 'story-summary',
  body: 'story-body',
  language: 'story-language',
  placeIds: 'story-place-search',
  challenges: 'story-challenges',
  videos: 'story-videos',
  coverId: 'story-cover',
  coverAlt: 'story-cover-alt',
};

export function emptyDraft(language: string): StoryDraft {
  return {
    title: '',
    summary: '',
    body: '',
    language: language === 'fr' ? 'fr' : 'en',
    places: [],
    challenges: [],
    videos: '',
    cover: null,
    coverAlt: '',
  };
}

export function draftOf(story: StoryDetailsFragment): StoryDraft {
  return {
    title: story.title,
    summary: story.summary,
    body: story.body,
    language: story.language === 'fr' ? 'fr' : 'en',
    places: story.places.map(({ id, slug, name }) => ({ id, slug, name })),
    challenges: story.challenges,
    videos: story.videos.join('\n'),
    cover: story.cover
      ? {
          id: story.cover.id,
          url: story.cover.url,
          width: story.cover.width,
          height: story.cover.height,
        }
      : null,
    coverAlt: story.cover?.alt ?? '',
  };
}

export function videoLines(videos: string): string[] {
  return videos
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The checks the API makes, with the same limits, so most mistakes show before sending. */
export function checkStory(draft: StoryDraft, t: TFunction): StoryErrors {
  const errors: StoryErrors = {};
  const length = (field: 'title' | 'summary', min: number, max: number) => {
    const count = characterCount(draft[field].trim());
    if (count === 0) errors[field] = t('editor.required');
    else if (count < min) errors[field] = t('editor.tooShort', { min });
    else if (count > max) errors[field] = t('editor.tooLong', { max });
  };
  length('title', L.title.min, L.title.max);
  length('summary', L.summary.min, L.summary.max);
  const body = characterCount(draft.body.trim());
  if (body === 0) errors.body = t('editor.required');
  else if (body > L.body.max) errors.body = t('editor.tooLong', { max: L.body.max });
  const videos = videoLines(draft.videos);
  if (videos.length > L.videos) errors.videos = t('editor.tooManyVideos', { max: L.videos });
  else if (videos.some((v) => !v.startsWith('https://') || !videoEmbed(v)))
    errors.videos = t('editor.badVideo');
  if (draft.places.length > L.places)
    errors.placeIds = t('editor.tooManyPlaces', { max: L.places });
  if (characterCount(draft.coverAlt.trim()) > L.coverAlt)
    errors.coverAlt = t('editor.tooLong', { max: L.coverAlt });
  return errors;
}

/** Every field, for a new story. */
export function toCreateInput(draft: StoryDraft): CreateStoryInput {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    body: draft.body.trim(),
    language: draft.language,
    placeIds: draft.places.map((p) => p.id),
    challenges: draft.challenges,
    videos: videoLines(draft.videos),
    coverId: draft.cover?.id ?? null,
    coverAlt: draft.coverAlt.trim() || null,
  };
}

/** Every field too: the editor shows the whole story, so what it sends is what it shows. */
export function toUpdateInput(draft: StoryDraft): UpdateStoryInput {
  return toCreateInput(draft);
}

/**
 * The API's field messages, on the form's fields. What only the server can know (a place that
 * was removed, an image that is not the writer's) is said in the reader's language.
 */
export function serverErrors(fields: Record<string, string>, t: TFunction): StoryErrors {
  const errors: StoryErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    if (!(field in fieldInputId)) continue;
    const known: Partial<Record<StoryField, string>> = {
      placeIds: t('editor.serverPlaces'),
      coverId: t('editor.serverCover'),
      videos: t('editor.badVideo'),
    };
    errors[field as StoryField] = known[field as StoryField] ?? message;
  }
  return errors;
}
