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
