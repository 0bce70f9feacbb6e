import type { StoryObject, StoryRevisionObject } from './dto/story.objects';
import type { StoryRevisionEntity } from './entities/story-revision.entity';
import type { StoryEntity } from './entities/story.entity';

/** The story's page on the web app. */
export const storyPath = (slug: string) => `/journal/${slug}`;

export function toStoryObject(s: StoryEntity, publicUrl: string): StoryObject {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    body: s.body,
    videos: s.videos,
    language: s.language,
    challenges: s.challenges,
    status: s.status,
    publishedAt: s.publishedAt,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    url: `${publicUrl}${storyPath(s.slug)}`,
    authorId: s.authorId,
    coverUploadId: s.coverUploadId,
    coverAlt: s.coverAlt,
    threadId: s.threadId,
  };
}

export function toRevisionObject(r: StoryRevisionEntity): StoryRevisionObject {
  return {
    version: r.version,
    title: r.title,
    summary: r.summary,
    body: r.body,
    replacedAt: r.replacedAt,
    replacedById: r.replacedById,
  };
}
