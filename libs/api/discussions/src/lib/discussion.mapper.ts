import type { CategoryEntity } from './entities/category.entity';
import type { PostEntity } from './entities/post.entity';
import type { ThreadEntity } from './entities/thread.entity';
import type { CategoryObject, PostObject, ThreadObject } from './dto/discussion.objects';

export function toCategoryObject(c: CategoryEntity, language: 'fr' | 'en'): CategoryObject {
  return {
    id: c.id,
    slug: c.slug,
    name: language === 'fr' ? c.nameFr : c.nameEn,
    description: language === 'fr' ? c.descriptionFr : c.descriptionEn,
    position: c.position,
  };
}

export function toThreadObject(t: ThreadEntity): ThreadObject {
  return {
    id: t.id,
    title: t.title,
    tags: t.tags,
    challenge: t.challenge,
    pinned: t.pinned,
    locked: t.locked,
    hidden: t.hiddenAt !== null,
    awaitingReview: t.heldAt !== null,
    postsCount: t.postsCount,
    lastPostAt: t.lastPostAt,
    createdAt: t.createdAt,
    categoryId: t.categoryId,
    authorId: t.authorId,
    placeId: t.placeId,
  };
}

/**
 * Removed and hidden posts keep their place in the thread but lose their words; a post awaiting
 * review keeps them for its author (`viewerId`).
 */
export function toPostObject(p: PostEntity, canSeeHidden = false, viewerId?: string): PostObject {
  const ownHeld = p.heldAt !== null && viewerId !== undefined && p.authorId === viewerId;
  const silenced = p.deletedAt !== null || (p.hiddenAt !== null && !canSeeHidden && !ownHeld);
  return {
    id: p.id,
    threadId: p.threadId,
    body: silenced ? '' : p.body,
    researchConsent: p.researchConsent,
    createdAt: p.createdAt,
    editedAt: p.editedAt,
    deleted: p.deletedAt !== null,
    hidden: p.hiddenAt !== null,
    awaitingReview: p.heldAt !== null,
    authorId: p.authorId,
    replyToId: p.replyToId,
  };
}

/** Socket payload for `post:new` / `post:updated`: the post with its thread id and author. */
export function postEventPayload(
  p: PostEntity,
  author: { id: string; handle: string; displayName: string; avatarUrl: string | null },
) {
  return {
    ...toPostObject(p),
    createdAt: p.createdAt.toISOString(),
    editedAt: p.editedAt?.toISOString() ?? null,
    author,
  };
}

const mentionPattern = /(?<![\w@/])@([a-z0-9][a-z0-9_-]{1,28}[a-z0-9])\b/g;

/** Handles mentioned as `@handle` in a post (outside code spans), at most 20. */
export function mentionedHandles(body: string): string[] {
  const withoutCode = body.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
  const handles = new Set<string>();
  for (const match of withoutCode.toLowerCase().matchAll(mentionPattern)) handles.add(match[1]);
  return [...handles].slice(0, 20);
}

/** One emoji, possibly with skin tone, variation selector or joined sequence (👩‍🌾, 👍🏽, ❤️). */
export function isSingleEmoji(value: string): boolean {
  if (value.length > 32) return false;
  const segments = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(value)];
  return (
    segments.length === 1 &&
    /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(value) &&
    !/[\p{L}\p{N}\s]/u.test(value.replace(/[\u{1F1E6}-\u{1F1FF}]/gu, ''))
  );
}
