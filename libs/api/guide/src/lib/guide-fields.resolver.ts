import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConnectionType,
  CurrentViewer,
  type Connection,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { GuideVersionsArgs } from './dto/guide.inputs';
import {
  GuideChapterObject,
  GuideChapterVersionObject,
  GuideReferenceObject,
  GuideSuggestionObject,
} from './dto/guide.objects';
import { GuideChapterLoader, GuideLatestVersionLoader, GuideVersionLoader } from './guide.loaders';
import { toChapterObject, toVersionObject } from './guide.mapper';
import { canEditGuide, GuideService } from './guide.service';
import { GuideReferenceResolver } from './references/reference.loaders';
import { parseReferences } from './references/references';

export const GuideChapterVersionConnection = ConnectionType(
  GuideChapterVersionObject,
  'GuideChapterVersion',
);

/** A chapter's versions: the published one for everyone; the rest for editors only. */
@Resolver(() => GuideChapterObject)
export class GuideChapterFieldsResolver {
  constructor(
    private readonly guide: GuideService,
    private readonly versions: GuideVersionLoader,
    private readonly latest: GuideLatestVersionLoader,
  ) {}

  @ResolveField(() => GuideChapterVersionObject, {
    nullable: true,
    description: 'What readers see; null while a draft.',
  })
  async published(
    @Parent() c: GuideChapterObject,
    @Context() ctx: GraphQLContext,
  ): Promise<GuideChapterVersionObject | null> {
    if (!c.publishedVersionId) return null;
    const version = await ctx.loaders.get(this.versions).load(c.publishedVersionId);
    return version ? toVersionObject(version, c.publishedVersionId) : null;
  }

  @ResolveField(() => GuideChapterVersionObject, {
    nullable: true,
    description: 'Editors: the newest version, published or not; null for others.',
  })
  async latestVersion(
    @Parent() c: GuideChapterObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<GuideChapterVersionObject | null> {
    if (!canEditGuide(viewer)) return null;
    const version = await ctx.loaders.get(this.latest).load(c.id);
    return version ? toVersionObject(version, c.publishedVersionId) : null;
  }

  @ResolveField(() => GuideChapterVersionConnection, {
    nullable: true,
    description: 'Editors: the history, newest first; null for others.',
  })
  async versionHistory(
    @Parent() c: GuideChapterObject,
    @Args() { first, after }: GuideVersionsArgs,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<Connection<GuideChapterVersionObject> | null> {
    if (!canEditGuide(viewer)) return null;
    const page = await this.guide.versions(c.id, first, after);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        ...e,
        node: toVersionObject(e.node, c.publishedVersionId),
      })),
    };
  }
}

@Resolver(() => GuideChapterVersionObject)
export class GuideVersionFieldsResolver {
  constructor(
    private readonly members: MemberLoader,
    private readonly resolver: GuideReferenceResolver,
  ) {}

  @ResolveField(() => MemberObject)
  async author(
    @Parent() v: GuideChapterVersionObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    const member = await ctx.loaders.get(this.members).load(v.authorId);
    if (!member) throw new Error(`Guide version ${v.id} has no author`);
    return toMemberObject(member, viewer);
  }

  @ResolveField(() => [GuideReferenceObject], {
    description: 'The lessons and places both languages embed, as they are now.',
  })
  references(
    @Parent() v: GuideChapterVersionObject,
    @Context() ctx: GraphQLContext,
  ): Promise<GuideReferenceObject[]> {
    return this.resolver.resolve(ctx.loaders, parseReferences(`${v.bodyFr}\n${v.bodyEn}`));
  }
}

@Resolver(() => GuideSuggestionObject)
export class GuideSuggestionFieldsResolver {
  constructor(
    private readonly members: MemberLoader,
    private readonly chapters: GuideChapterLoader,
  ) {}

  @ResolveField(() => MemberObject)
  async author(
    @Parent() s: GuideSuggestionObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject> {
    const member = await ctx.loaders.get(this.members).load(s.authorId);
    if (!member) throw new Error(`Suggestion ${s.id} has no author`);
    return toMemberObject(member, viewer);
  }

  @ResolveField(() => MemberObject, { nullable: true })
  async reviewedBy(
    @Parent() s: GuideSuggestionObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer?: Viewer,
  ): Promise<MemberObject | null> {
    if (!s.reviewedById) return null;
    const member = await ctx.loaders.get(this.members).load(s.reviewedById);
    return member ? toMemberObject(member, viewer) : null;
  }

  @ResolveField(() => GuideChapterObject)
  async chapter(
    @Parent() s: GuideSuggestionObject,
    @Context() ctx: GraphQLContext,
  ): Promise<GuideChapterObject> {
    const chapter = await ctx.loaders.get(this.chapters).load(s.chapterId);
    if (!chapter) throw new Error(`Suggestion ${s.id} has no chapter`);
    return toChapterObject(chapter);
  }
}
