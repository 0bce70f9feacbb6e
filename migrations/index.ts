// Every migration, in order. `npm run migration:generate -- <name>` appends new ones here.
import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795652614130 } from './1795652614130-initial-schema';
import { ProfilesPlacesLessonsUploads1795653865814 } from './1795653865814-profiles-places-lessons-uploads';
import { DiscussionsNotifications1795654844559 } from './1795654844559-discussions-notifications';
import { Messaging1795655258092 } from './1795655258092-messaging';
import { ModerationReports1795656063897 } from './1795656063897-moderation-reports';
import { ModerationDashboard1795663814829 } from './1795663814829-moderation-dashboard';
import { ApplicationMessages1795664134217 } from './1795664134217-application-messages';
import { DataRights1795664282872 } from './1795664282872-data-rights';
import { HeldPosts1795665152911 } from './1795665152911-held-posts';
import { SearchStatistics1795666271599 } from './1795666271599-search-statistics';
import { Events1795666336825 } from './1795666336825-events';
import { NotificationPreferences1795665300000 } from './1795665300000-notification-preferences';
import { EventChanges1795676762277 } from './1795676762277-event-changes';
import { Guide1795676870606 } from './1795676870606-guide';
import { ResearchJournal1795677061435 } from './1795677061435-research-journal';
import { PostCategory1795687480035 } from './1795687480035-post-category';
import { HiddenThreadsIndex1795700000000 } from './1795700000000-hidden-threads-index';
import { SearchIndexWithCategory1795700100000 } from './1795700100000-search-index-with-category';
import { GuideChapterPlaces1795700200000 } from './1795700200000-guide-chapter-places';

export const migrations: Array<new () => MigrationInterface> = [
  InitialSchema1795652614130,
  ProfilesPlacesLessonsUploads1795653865814,
  DiscussionsNotifications1795654844559,
  Messaging1795655258092,
  ModerationReports1795656063897,
  ModerationDashboard1795663814829,
  ApplicationMessages1795664134217,
  DataRights1795664282872,
  HeldPosts1795665152911,
  SearchStatistics1795666271599,
  Events1795666336825,
  NotificationPreferences1795665300000,
  EventChanges1795676762277,
  Guide1795676870606,
  ResearchJournal1795677061435,
  PostCategory1795687480035,
  HiddenThreadsIndex1795700000000,
  SearchIndexWithCategory1795700100000,
  GuideChapterPlaces1795700200000,
];
