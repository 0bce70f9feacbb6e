import { CommunityRole, MemberRole } from '@wide-open/shared/contracts';
import { sessionMember } from '@wide-open/web/testing';
import { guideChapterQuery, guideQuery } from '../lib/guide.documents';

/** A guide editor (an ambassador) to sign in as. */
export const guideEditor = sessionMember({
  handle: 'marco',
  displayName: 'Marco Reyes',
  email: 'marco@example.org',
  role: MemberRole.AMBASSADOR,
  communityRole: CommunityRole.CREATIVE,
});

export const lessonId = '0190a8c4-0000-7000-8000-0000000000aa';

export function version(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'GuideChapterVersion' as const,
    id: 'v-1',
    number: 1,
    titleEn: 'A business model that serves the mission',
    titleFr: 'Un modèle économique au service de la mission',
    bodyEn: `Low rent was the mission. [[lesson:${lessonId}]] and [[place:gone-place]].`,
    bodyFr: `Le loyer bas était la mission. [[lesson:${lessonId}]] et [[place:gone-place]].`,
    note: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    isPublished: true,
    author: { __typename: 'Member' as const, id: 'm-1', displayName: 'Marco Reyes' },
    references: [
      {
        __typename: 'GuideReference' as const,
        kind: 'LESSON',
        key: lessonId,
        token: `lesson:${lessonId}`,
        available: true,
        title: 'What Ponyride shows',
        path: `/places/ponyride#lesson-${lessonId}`,
        placeName: 'Ponyride',
        city: 'Detroit',
      },
      {
        __typename: 'GuideReference' as const,
        kind: 'PLACE',
        key: 'gone-place',
        token: 'place:gone-place',
        available: false,
        title: null,
        path: null,
        placeName: null,
        city: null,
      },
    ],
    ...overrides,
  };
}

export function chapterMock(slug = 'business') {
  return {
    request: { query: guideChapterQuery, variables: { slug } },
    result: {
      data: {
        guideChapter: {
          __typename: 'GuideChapter' as const,
          id: 'c-2',
          slug,
          stage: 'BUSINESS_MODEL',
          position: 0,
          status: 'PUBLISHED',
          challenges: ['BUSINESS_MODEL'],
          publishedAt: '2026-11-21T10:00:00.000Z',
          published: version(),
          latestVersion: null,
          versionHistory: null,
        },
      },
    },
  };
}

export function summary(id: string, slug: string, stage: string, titleEn: string, titleFr: string) {
  return {
    __typename: 'GuideChapter' as const,
    id,
    slug,
    stage,
    status: 'PUBLISHED',
    challenges: [],
    publishedAt: '2026-11-21T10:00:00.000Z',
    // The same version ids as `version()`: the cache merges both queries' chapters.
    published: {
      __typename: 'GuideChapterVersion' as const,
      id: id === 'c-2' ? 'v-1' : `v-${id}`,
      titleEn,
      titleFr,
    },
    latestVersion: null,
  };
}

export type GuideChapters = Record<string, ReturnType<typeof summary>[]>;

export const guideChapters = (): GuideChapters => ({
  IDEA: [summary('c-1', 'idea', 'IDEA', 'Start from a need', "Partir d'un besoin")],
  BUSINESS_MODEL: [
    summary(
      'c-2',
      'business',
      'BUSINESS_MODEL',
      'A business model that serves the mission',
      'Un modèle économique au service de la mission',
    ),
  ],
  GOVERNANCE: [
    summary('c-3', 'decisions', 'GOVERNANCE', 'Sharing decisions', 'Partager les décisions'),
  ],
});

/** The guide query's answer: readers' by default; editors ask with `includeDrafts`. */
export function guideMock({
  includeDrafts = false,
  chapters = guideChapters(),
  once = false,
}: { includeDrafts?: boolean; chapters?: GuideChapters; once?: boolean } = {}) {
  const stages = ['IDEA', 'SITE', 'BUSINESS_MODEL', 'COMMUNITY', 'GOVERNANCE', 'IMPACT', 'SCALING'];
  return {
    request: { query: guideQuery, variables: { includeDrafts } },
    result: {
      data: {
        guide: {
          __typename: 'Guide' as const,
          updatedAt: '2026-11-21T10:00:00.000Z',
          stages: stages.map((stage) => ({
            __typename: 'GuideStageSection' as const,
            stage,
            chapters: chapters[stage] ?? [],
          })),
        },
      },
    },
    maxUsageCount: once ? 1 : Number.POSITIVE_INFINITY,
  };
}
