import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { InjectConfig, slugify, type AppConfig, type Viewer } from '@wide-open/api/core';
import { MemberEntity, PasswordService } from '@wide-open/api/accounts';
import { StoryEditorService, StoryPublisherService } from '@wide-open/api/journal';
import {
  LessonEntity,
  PlaceEntity,
  PlaceFollowerEntity,
  PlaceMemberEntity,
} from '@wide-open/api/places';
import {
  CommunityRole,
  MemberRole,
  MemberStatus,
  PlaceTeamRole,
  Sector,
  type Challenge,
  type PlaceKind,
  type PlaceStatus,
} from '@wide-open/shared/contracts';
import placesData from './data/places.json';
import { demoStories } from './demo-stories';
import { seedGuide } from './guide-demo';

/** The password of every demo account (documented in the README; never seed in production). */
export const DEMO_PASSWORD = 'tiers-lieux-demo';

interface DemoMember {
  handle: string;
  displayName: string;
  email: string;
  role: MemberRole;
  status: MemberStatus;
  communityRole: CommunityRole;
  sector: Sector | null;
  locale: 'fr' | 'en';
  city: string;
  country: string;
  headline: string;
  motivation: string;
}

export const demoMembers: DemoMember[] = [
  {
    handle: 'camille-moderator',
    displayName: 'Camille Laurent',
    email: 'camille@demo.wide-open.org',
    role: MemberRole.MODERATOR,
    status: MemberStatus.ACTIVE,
    communityRole: CommunityRole.PRACTITIONER,
    sector: Sector.NONPROFIT,
    locale: 'fr',
    city: 'Paris',
    country: 'FR',
    headline: 'Coordinatrice de tiers-lieux, modératrice de Wide Open',
    motivation:
      'Je coordonne des occupations temporaires depuis dix ans et veux partager ce que nous avons appris.',
  },
  {
    handle: 'marco-ambassador',
    displayName: 'Marco Reyes',
    email: 'marco@demo.wide-open.org',
    role: MemberRole.AMBASSADOR,
    status: MemberStatus.ACTIVE,
    communityRole: CommunityRole.CREATIVE,
    sector: Sector.CITIZEN,
    locale: 'en',
    city: 'Manila',
    country: 'PH',
    headline: 'Filmmaker documenting social enterprises in the Philippines',
    motivation:
      'I film the communities of Gawad Kalinga and want to connect them with places elsewhere.',
  },
  {
    handle: 'dr-aisha-researcher',
    displayName: 'Aisha Bello',
    email: 'aisha@demo.wide-open.org',
    role: MemberRole.MEMBER,
    status: MemberStatus.ACTIVE,
    communityRole: CommunityRole.RESEARCHER,
    sector: Sector.ACADEMIC,
    locale: 'en',
    city: 'Detroit',
    country: 'US',
    headline: 'Urban sociologist studying third places and impact measurement',
    motivation:
      'My research compares how third places measure their social impact across three continents.',
  },
  {
    handle: 'theo-applicant',
    displayName: 'Théo Girard',
    email: 'theo@demo.wide-open.org',
    role: MemberRole.MEMBER,
    status: MemberStatus.PENDING,
    communityRole: CommunityRole.CITIZEN,
    sector: null,
    locale: 'fr',
    city: 'Lyon',
    country: 'FR',
    headline: 'Habitant engagé dans un projet de friche',
    motivation:
      "Notre quartier veut transformer une ancienne usine en lieu partagé ; j'aimerais apprendre des autres.",
  },
];

/**
 * Seeds demo content the first time the platform starts on an empty database (SEED_DEMO):
 * real tiers-lieux and a few members in each role. Never runs again once anything exists.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly storyEditor: StoryEditorService,
    private readonly storyPublisher: StoryPublisherService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(7331003)');
      let seeded: { ambassadorId: string; places: Map<string, string> } | null = null;
      if ((await manager.count(PlaceEntity)) === 0) {
        const hash = await this.passwords.hash(DEMO_PASSWORD);
        const ids = await this.seedMembers(manager, hash);
        const places = await this.seedPlaces(manager, ids);
        seeded = { ambassadorId: ids[1], places };
      }
      // The guide came later: databases seeded before it get its first chapters too.
      const ambassador = await manager.findOneBy(MemberEntity, { email: demoMembers[1].email });
      if (ambassador) {
        const chapters = await seedGuide(manager, ambassador.id);
        if (chapters > 0) this.logger.log(`Seeded ${chapters} guide chapters`);
      }
      return seeded;
    });
    if (!seeded) return;
    // Through the journal's own services, once the places are committed: each story is written
    // as an ambassador would, and the published ones open their discussion threads.
    await this.seedStories(seeded.ambassadorId, seeded.places);
    this.logger.log(
      `Seeded ${demoMembers.length} demo members, ${placesData.places.length} places and ${demoStories.length} stories`,
    );
  }

  private async seedMembers(manager: EntityManager, passwordHash: string): Promise<string[]> {
    const ids: string[] = [];
    for (const demo of demoMembers) {
      const existing = await manager.findOneBy(MemberEntity, { email: demo.email });
      if (existing) {
        ids.push(existing.id);
        continue;
      }
      const id = uuidv7();
      await manager.insert(MemberEntity, {
        ...demo,
        id,
        passwordHash,
        decidedAt: demo.status === MemberStatus.ACTIVE ? new Date() : null,
      });
      ids.push(id);
    }
    return ids;
  }

  /**
   * The places, each with its team (the demo moderator as founder, the researcher as volunteer),
   * followers, and a lesson drawn from its public facts for its first challenge.
   */
  private async seedPlaces(
    manager: EntityManager,
    memberIds: string[],
  ): Promise<Map<string, string>> {
    const [founderId, ambassadorId, researcherId] = memberIds;
    const placeIds = new Map<string, string>();
    for (const place of placesData.places) {
      const id = uuidv7();
      placeIds.set(place.name, id);
      const challenges = place.challenges as Challenge[];
      await manager.insert(PlaceEntity, {
        id,
        slug: slugify(place.name, 'place'),
        name: place.name,
        summary: place.summary,
        description: null,
        kinds: place.kinds as PlaceKind[],
        status: place.status as PlaceStatus,
        foundedYear: place.foundedYear ?? null,
        city: place.city,
        country: place.country,
        latitude: place.latitude ?? null,
        longitude: place.longitude ?? null,
        website: place.website ?? null,
        challenges,
        facts: place.facts ?? [],
        createdById: founderId,
      });
      await manager.insert(PlaceMemberEntity, [
        { placeId: id, memberId: founderId, role: PlaceTeamRole.FOUNDER },
        { placeId: id, memberId: researcherId, role: PlaceTeamRole.VOLUNTEER },
      ]);
      await manager.insert(PlaceFollowerEntity, [
        { placeId: id, memberId: founderId },
        { placeId: id, memberId: ambassadorId },
      ]);
      const facts = place.facts ?? [];
      if (challenges.length > 0 && facts.length > 0) {
        await manager.insert(LessonEntity, {
          id: uuidv7(),
          placeId: id,
          authorId: researcherId,
          challenge: challenges[0],
          title: `What ${place.name} shows`.slice(0, 160),
          context: place.summary,
          whatWeTried: facts.join('\n\n'),
          outcome: facts[facts.length - 1],
          advice: null,
          figures: [],
        });
      }
    }
    return placeIds;
  }

  private async seedStories(authorId: string, placeIds: Map<string, string>): Promise<void> {
    const author: Viewer = {
      memberId: authorId,
      sessionId: 'demo-seed',
      role: MemberRole.AMBASSADOR,
      status: MemberStatus.ACTIVE,
    };
    for (const story of demoStories) {
      const draft = await this.storyEditor.create(author, {
        title: story.title,
        summary: story.summary,
        body: story.body,
        language: story.language,
        challenges: story.challenges,
        placeIds: story.places.map((name) => placeIds.get(name)!),
      });
      if (story.published) await this.storyPublisher.publish(author, draft.id);
    }
  }
}
