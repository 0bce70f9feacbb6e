// Enumerations shared by the API and the web app. Values are the GraphQL enum values.

export enum MemberStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  /** The member deleted their account: their remaining content shows a "former member". */
  DELETED = 'DELETED',
}

/** Ordered from least to most powerful: see `roleAtLeast`. */
export enum MemberRole {
  MEMBER = 'MEMBER',
  AMBASSADOR = 'AMBASSADOR',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

export enum CommunityRole {
  PRACTITIONER = 'PRACTITIONER',
  RESEARCHER = 'RESEARCHER',
  CREATIVE = 'CREATIVE',
  CITIZEN = 'CITIZEN',
}

export enum Sector {
  PRIVATE = 'PRIVATE',
  PUBLIC = 'PUBLIC',
  NONPROFIT = 'NONPROFIT',
  ACADEMIC = 'ACADEMIC',
  CITIZEN = 'CITIZEN',
}

export enum PlaceKind {
  THIRD_PLACE = 'THIRD_PLACE',
  CITIZEN_LAB = 'CITIZEN_LAB',
  INCUBATOR = 'INCUBATOR',
  THINK_TANK = 'THINK_TANK',
  ECO_VILLAGE = 'ECO_VILLAGE',
  COWORKING = 'COWORKING',
  FABLAB = 'FABLAB',
  URBAN_FARM = 'URBAN_FARM',
  CULTURAL_VENUE = 'CULTURAL_VENUE',
  SOCIAL_HOUSING = 'SOCIAL_HOUSING',
  TEMPORARY_OCCUPATION = 'TEMPORARY_OCCUPATION',
  OTHER = 'OTHER',
}

export enum PlaceStatus {
  ACTIVE = 'ACTIVE',
  TEMPORARY = 'TEMPORARY',
  CLOSED = 'CLOSED',
}

export enum Challenge {
  BUSINESS_MODEL = 'BUSINESS_MODEL',
  COMMUNITY_EMPOWERMENT = 'COMMUNITY_EMPOWERMENT',
  DIVERSITY_CREATIVITY = 'DIVERSITY_CREATIVITY',
  SCALING = 'SCALING',
  IMPACT_MEASUREMENT = 'IMPACT_MEASUREMENT',
  GOVERNANCE = 'GOVERNANCE',
  FUNDING = 'FUNDING',
  REAL_ESTATE = 'REAL_ESTATE',
}

const roleRank: Record<MemberRole, number> = {
  [MemberRole.MEMBER]: 0,
  [MemberRole.AMBASSADOR]: 1,
  [MemberRole.MODERATOR]: 2,
  [MemberRole.ADMIN]: 3,
};

export function roleAtLeast(role: MemberRole, minimum: MemberRole): boolean {
  return roleRank[role] >= roleRank[minimum];
}

/** A member's role in a place's team. FOUNDER and STAFF manage the team and the page. */
export enum PlaceTeamRole {
  FOUNDER = 'FOUNDER',
  STAFF = 'STAFF',
  RESIDENT = 'RESIDENT',
  VOLUNTEER = 'VOLUNTEER',
}

export enum TagKind {
  SKILL = 'SKILL',
  INTEREST = 'INTEREST',
}

/** What a member can be notified of. Stored as text on each notification (`Notification.type`). */
export enum NotificationType {
  /** To moderators: someone applied to join. */
  NEW_APPLICATION = 'NEW_APPLICATION',
  /** To the applicant: approved or rejected. */
  APPLICATION_DECIDED = 'APPLICATION_DECIDED',
  MENTION = 'MENTION',
  /** A reply in a thread the member follows. */
  THREAD_REPLY = 'THREAD_REPLY',
  /** A private message while the member was not reading that conversation. */
  NEW_MESSAGE = 'NEW_MESSAGE',
  /** A new lesson on a place the member follows. */
  PLACE_NEWS = 'PLACE_NEWS',
  /** To moderators: something was reported. */
  REPORT_CREATED = 'REPORT_CREATED',
  /** To the reporter: their report was settled. */
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  /** To the author: moderators hid their content. */
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  /** To the author: a warning from the moderation team. */
  WARNING = 'WARNING',
  /** To seated attendees, the day before an event. */
  EVENT_REMINDER = 'EVENT_REMINDER',
  /** To the first on a waiting list: a seat freed up and is theirs. */
  EVENT_SEAT_FREED = 'EVENT_SEAT_FREED',
  /** To attendees: an event they answered was moved, changed or cancelled. */
  EVENT_UPDATED = 'EVENT_UPDATED',
  /** To attendees: a message from the event's organizer. */
  EVENT_MESSAGE = 'EVENT_MESSAGE',
  /** To the suggester: guide editors accepted or declined their suggestion. */
  GUIDE_SUGGESTION_REVIEWED = 'GUIDE_SUGGESTION_REVIEWED',
  /** To the journal's followers: a story of the research journal was published. */
  STORY_PUBLISHED = 'STORY_PUBLISHED',
}

/** A research journal story: a draft is seen only by its author and moderators. */
export enum StoryStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** The languages stories (and the app) are written in. */
export const CONTENT_LANGUAGES = ['fr', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/**
 * How a member hears of one type of notification. Every choice but OFF also shows it in the
 * notification centre; OFF stores nothing.
 */
export enum NotificationDelivery {
  OFF = 'OFF',
  IN_APP = 'IN_APP',
  /** An email at once. */
  EMAIL = 'EMAIL',
  /** Gathered in one email a day. */
  DAILY = 'DAILY',
  /** Gathered in one email on Mondays. */
  WEEKLY = 'WEEKLY',
}

/** The guide's stages, in reading order: from the idea of a tiers-lieu to growing it. */
export enum GuideStage {
  IDEA = 'IDEA',
  SITE = 'SITE',
  BUSINESS_MODEL = 'BUSINESS_MODEL',
  COMMUNITY = 'COMMUNITY',
  GOVERNANCE = 'GOVERNANCE',
  IMPACT = 'IMPACT',
  SCALING = 'SCALING',
}

export const GUIDE_STAGES: readonly GuideStage[] = Object.values(GuideStage);

/** Guide editors write, publish and review suggestions: ambassadors and every role above. */
export function isGuideEditor(role: MemberRole): boolean {
  return roleAtLeast(role, MemberRole.AMBASSADOR);
}
