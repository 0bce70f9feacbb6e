// Input limits, shared so the web forms and the API refuse the same things with the same numbers.
export const Limits = {
  displayName: { min: 2, max: 80 },
  handle: { min: 3, max: 30, pattern: /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/ },
  email: { max: 254 },
  /** NIST 800-63B: at least 10 characters, no composition rules, a generous maximum. */
  password: { min: 10, max: 128 },
  motivation: { min: 20, max: 2000 },
  decisionMessage: { max: 2000 },
  rejectionReason: { min: 5, max: 2000 },
  applicationMessage: { min: 1, max: 4000 },
  pageSize: { default: 20, max: 100 },
  profile: {
    headline: 160,
    bio: 10_000,
    city: 120,
    tags: 20,
    tag: 40,
    languages: 10,
    links: 5,
    url: 300,
  },
  place: {
    name: { min: 2, max: 120 },
    summary: { min: 10, max: 500 },
    description: 20_000,
    kinds: 5,
    address: 300,
    links: 10,
    videos: 10,
    photos: 20,
    foundedYear: { min: 1800 },
  },
  lesson: {
    title: { min: 5, max: 160 },
    context: 5_000,
    body: { min: 10, max: 10_000 },
    advice: 5_000,
    figures: 10,
    figureLabel: 80,
    figureUnit: 20,
  },
  search: 200,
  messaging: {
    body: 5_000,
    groupSize: 50,
    title: 100,
    clientMessageId: 64,
    syncBatch: 500,
  },
  discussion: {
    title: { min: 5, max: 200 },
    body: 20_000,
    tags: 5,
  },
  guide: {
    title: { min: 3, max: 160 },
    /** Markdown, per language. */
    body: { min: 1, max: 50_000 },
    note: 500,
    slug: { max: 80, pattern: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/ },
    position: 1000,
    challenges: 8,
    /** Live references (lessons and places) a chapter version may embed. */
    references: 50,
    suggestion: { min: 10, max: 2000 },
    proposedWording: 10_000,
    reviewNote: 1000,
  },
  /** Research journal stories: long-form articles, so a larger body than posts. */
  story: {
    title: { min: 5, max: 160 },
    summary: { min: 10, max: 300 },
    body: { min: 1, max: 50_000 },
    coverAlt: 200,
    places: 10,
    videos: 5,
  },
} as const;

/** Error codes carried in GraphQL `extensions.code` and socket acks. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
}

/** Name of the httpOnly session cookie the web app uses. */
export const SESSION_COOKIE = 'wo_session';
