import { ApplicationMessageEntity, MemberEntity, SessionEntity } from '@wide-open/api/accounts';
import { ModerationActionEntity } from '@wide-open/api/core';
import {
  CategoryEntity,
  PostEntity,
  PostReactionEntity,
  PostRevisionEntity,
  ThreadEntity,
  ThreadSubscriptionEntity,
} from '@wide-open/api/discussions';
import { EventEntity, EventRsvpEntity } from '@wide-open/api/events';
import {
  GuideChapterEntity,
  GuideChapterVersionEntity,
  GuideSuggestionEntity,
} from '@wide-open/api/guide';
import {
  JournalFollowerEntity,
  StoryEntity,
  StoryPlaceEntity,
  StoryRevisionEntity,
} from '@wide-open/api/journal';
import {
  ConversationEntity,
  ConversationParticipantEntity,
  MemberBlockEntity,
  MessageEntity,
} from '@wide-open/api/messaging';
import { ReportEntity } from '@wide-open/api/moderation';
import { NotificationEntity, NotificationPreferenceEntity } from '@wide-open/api/notifications';
import {
  LessonEntity,
  PlaceEntity,
  PlaceFollowerEntity,
  PlaceMemberEntity,
  PlacePhotoEntity,
} from '@wide-open/api/places';
import { DataExportEntity } from '@wide-open/api/privacy';
import { UploadEntity } from '@wide-open/api/uploads';

/**
 * Every entity of the platform, for tooling that runs outside Nest (migration generation).
 * The integration suite checks that the running app's entities and the migrations agree.
 */
export const entities = [
  MemberEntity,
  SessionEntity,
  ModerationActionEntity,
  PlaceEntity,
  PlaceMemberEntity,
  PlaceFollowerEntity,
  PlacePhotoEntity,
  LessonEntity,
  UploadEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  CategoryEntity,
  ThreadEntity,
  PostEntity,
  PostRevisionEntity,
  PostReactionEntity,
  ThreadSubscriptionEntity,
  ConversationEntity,
  ConversationParticipantEntity,
  MessageEntity,
  MemberBlockEntity,
  ReportEntity,
  DataExportEntity,
  ApplicationMessageEntity,
  EventEntity,
  EventRsvpEntity,
  GuideChapterEntity,
  GuideChapterVersionEntity,
  GuideSuggestionEntity,
  StoryEntity,
  StoryPlaceEntity,
  StoryRevisionEntity,
  JournalFollowerEntity,
];
