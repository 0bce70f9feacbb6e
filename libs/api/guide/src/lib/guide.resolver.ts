import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  InjectConfig,
  Public,
  type AppConfig,
  type Connection,
  type Viewer,
} from '@wide-open/api/core';
import { GUIDE_STAGES, MemberRole } from '@wide-open/shared/contracts';
import {
  CreateGuideChapterInput,
  EditGuideChapterInput,
  GuideArgs,
  GuideChapterArgs,
  GuideSuggestionsArgs,
  GuideVersionArgs,
  MoveGuideChapterArgs,
  PublishGuideChapterArgs,
  ReviewGuideSuggestionInput,
  SuggestGuideChangeInput,
} from './dto/guide.inputs';
import {
  GuideChapterObject,
  GuideChapterVersionObject,
  GuideObject,
  GuideSuggestionObject,
} from './dto/guide.objects';
import { GuideSuggestionsService } from './guide-suggestions.service';
import { toChapterObject, toSuggestionObject, toVersionObject } from './guide.mapper';
import { GuideService } from './guide.service';

export const GuideSuggestionConnection = ConnectionType(GuideSuggestionObject, 'GuideSuggestion');

/** Reading, writing and publishing the guide, and its suggestion box. */
@Resolver()
export class GuideResolver {
  constructor(
    private readonly chapters: GuideService,
    private readonly suggestions: GuideSuggestionsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Query(() => GuideObject, {
    description: 'Public: every stage with its published chapters (editors: drafts on request).',
  })
  @Public()
  async guide(
    @Args() { includeDrafts }: GuideArgs,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<GuideObject> {
    const chapters = await this.chapters.chapters(viewer, includeDrafts);
    const published = chapters.map((c) => c.publishedAt?.getTime() ?? 0);
    const latest = Math.max(0, ...published);
    return {
      stages: GUIDE_STAGES.map((stage) => ({
        stage,
        chapters: chapters.filter((c) => c.stage === stage).map(toChapterObject),
      })),
      updatedAt: latest > 0 ? new Date(latest) : null,
      pdfUrl: `${this.config.http.publicUrl}/guide/guide.pdf`,
    };
  }

  @Query(() => GuideChapterObject, {
    nullable: true,
    description: 'Public once published; a draft is null for everyone but editors.',
  })
  @Public()
  async guideChapter(
    @Args() { slug }: GuideChapterArgs,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<GuideChapterObject | null> {
    const chapter = await this.chapters.findBySlug(viewer, slug);
    return chapter ? toChapterObject(chapter) : null;
  }

  @Query(() => GuideChapterVersionObject, {
    nullable: true,
    description: 'Editors (AMBASSADOR+): any version, an old one included.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async guideChapterVersion(
    @Args() { id }: GuideVersionArgs,
  ): Promise<GuideChapterVersionObject | null> {
    const version = await this.chapters.version(id);
    if (!version) return null;
    const chapter = await this.chapters.chapter(version.chapterId);
    return toVersionObject(version, chapter?.publishedVersionId ?? null);
  }

  @Query(() => GuideSuggestionConnection, {
    description: 'Editors (AMBASSADOR+): the suggestion box, oldest first.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async guideSuggestions(
    @Args() args: GuideSuggestionsArgs,
  ): Promise<Connection<GuideSuggestionObject>> {
    const page = await this.suggestions.list(args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toSuggestionObject(e.node) })) };
  }

  @Mutation(() => GuideChapterObject, {
    description: 'Editors (AMBASSADOR+): a new chapter and its first version, a draft.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async createGuideChapter(
    @Args('input') input: CreateGuideChapterInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<GuideChapterObject> {
    return toChapterObject(await this.chapters.create(viewer, input));
  }

  @Mutation(() => GuideChapterVersionObject, {
    description:
      'Editors (AMBASSADOR+): saves an edit as a new version; readers see it once published.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async editGuideChapter(
    @Args('input') input: EditGuideChapterInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<GuideChapterVersionObject> {
    const { chapter, version } = await this.chapters.edit(viewer, input);
    return toVersionObject(version, chapter.publishedVersionId);
  }

  @Mutation(() => GuideChapterObject, {
    description:
      'Editors (AMBASSADOR+): puts a chapter at a position (0-based) in a stage, renumbering the others; no new version.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async moveGuideChapter(
    @Args() { chapterId, stage, position }: MoveGuideChapterArgs,
  ): Promise<GuideChapterObject> {
    return toChapterObject(await this.chapters.move(chapterId, stage, position));
  }

  @Mutation(() => GuideChapterObject, {
    description: 'Editors (AMBASSADOR+): makes a version the one readers see.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async publishGuideChapter(
    @Args() { chapterId, versionId }: PublishGuideChapterArgs,
  ): Promise<GuideChapterObject> {
    return toChapterObject(await this.chapters.publish(chapterId, versionId));
  }

  @Mutation(() => GuideSuggestionObject, {
    description: 'ACTIVE members: suggest a change to a chapter they can read.',
  })
  @ActiveMember()
  async suggestGuideChange(
    @Args('input') input: SuggestGuideChangeInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<GuideSuggestionObject> {
    return toSuggestionObject(await this.suggestions.suggest(viewer, input));
  }

  @Mutation(() => GuideSuggestionObject, {
    description: 'Editors (AMBASSADOR+): accept or decline an open suggestion; its author is told.',
  })
  @ActiveMember(MemberRole.AMBASSADOR)
  async reviewGuideSuggestion(
    @Args('input') input: ReviewGuideSuggestionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<GuideSuggestionObject> {
    return toSuggestionObject(await this.suggestions.review(viewer, input));
  }
}
