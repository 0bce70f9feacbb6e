import {
  GuideChapterStatus,
  type GuideChapterObject,
  type GuideChapterVersionObject,
  type GuideSuggestionObject,
} from './dto/guide.objects';
import type { GuideChapterVersionEntity } from './entities/guide-chapter-version.entity';
import type { GuideChapterEntity } from './entities/guide-chapter.entity';
import type { GuideSuggestionEntity } from './entities/guide-suggestion.entity';

export function toChapterObject(c: GuideChapterEntity): GuideChapterObject {
  return {
    id: c.id,
    slug: c.slug,
    stage: c.stage,
    position: c.position,
    challenges: c.challenges,
    status: c.publishedVersionId ? GuideChapterStatus.PUBLISHED : GuideChapterStatus.DRAFT,
    publishedAt: c.publishedAt,
    publishedVersionId: c.publishedVersionId,
  };
}

export function toVersionObject(
  v: GuideChapterVersionEntity,
  publishedVersionId: string | null,
): GuideChapterVersionObject {
  return {
    id: v.id,
    number: v.number,
    titleFr: v.titleFr,
    titleEn: v.titleEn,
    bodyFr: v.bodyFr,
    bodyEn: v.bodyEn,
    note: v.note,
    createdAt: v.createdAt,
    isPublished: v.id === publishedVersionId,
    authorId: v.authorId,
    chapterId: v.chapterId,
  };
}

export function toSuggestionObject(s: GuideSuggestionEntity): GuideSuggestionObject {
  return {
    id: s.id,
    text: s.text,
    proposedWording: s.proposedWording,
    language: s.language,
    status: s.status,
    reviewNote: s.reviewNote,
    reviewedAt: s.reviewedAt,
    createdAt: s.createdAt,
    chapterId: s.chapterId,
    authorId: s.authorId,
    reviewedById: s.reviewedById,
  };
}
