import { Injectable } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  ActiveMember,
  ConnectionType,
  CurrentViewer,
  PageArgs,
  type Connection,
  type GraphQLContext,
  type LoaderFactory,
  type ModerationActionEntity,
  type Viewer,
} from '@wide-open/api/core';
import { MemberLoader, MemberObject, toMemberObject } from '@wide-open/api/accounts';
import { MemberRole } from '@wide-open/shared/contracts';
import {
  ReportInput,
  ReportsArgs,
  ResolveReportArgs,
  SuspendMemberArgs,
} from './dto/moderation.inputs';
import { ModerationActionObject, ReportObject } from './dto/moderation.objects';
import { ReportStatus, ReportTarget, type ReportEntity } from './entities/report.entity';
import { ModerationService } from './moderation.service';
import { ReportPathLoader } from './report-paths.loader';

export const ReportConnection = ConnectionType(ReportObject, 'Report');
export const ModerationActionConnection = ConnectionType(
  ModerationActionObject,
  'ModerationAction',
);

/** How many reports name each author (one GROUP BY per request). */
@Injectable()
export class ReportsPerAuthorLoader implements LoaderFactory<string, number> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, number>(async (authorIds) => {
      const rows = await this.dataSource.query<Array<{ author_id: string; n: number }>>(
        'SELECT author_id, count(*)::int AS n FROM reports WHERE author_id = ANY($1::uuid[]) GROUP BY author_id',
        [[...authorIds]],
      );
      const counts = new Map(rows.map((r) => [r.author_id, r.n]));
      return authorIds.map((id) => counts.get(id) ?? 0);
    });
  }
}

const toReportObject = (r: ReportEntity): ReportObject => ({
  id: r.id,
  targetType: r.targetType,
  targetId: r.targetId,
  reason: r.reason,
  status: r.status,
  createdAt: r.createdAt,
  resolution: r.resolution,
  resolutionNote: r.resolutionNote,
  excerpt: r.excerpt,
  earlierReportsAboutAuthor: 0,
  reporterId: r.reporterId,
  authorId: r.authorId,
});

@Resolver(() => ReportObject)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly members: MemberLoader,
    private readonly perAuthor: ReportsPerAuthorLoader,
    private readonly paths: ReportPathLoader,
  ) {}

  @Mutation(() => ReportObject, {
    description: 'ACTIVE members report content or a member; moderators are told at once.',
  })
  @ActiveMember()
  async reportContent(
    @Args('input') input: ReportInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReportObject> {
    return toReportObject(await this.moderation.report(viewer, input));
  }

  @Query(() => ReportConnection, {
    description: 'MODERATOR+: open reports oldest first (resolved: newest first).',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async reports(@Args() { status, first, after }: ReportsArgs): Promise<Connection<ReportObject>> {
    const page = await this.moderation.list(status ?? ReportStatus.OPEN, first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toReportObject(e.node) })) };
  }

  @Mutation(() => ReportObject, {
    description: 'MODERATOR+: dismiss, hide the content, warn or suspend its author.',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async resolveReport(
    @Args() { id, action, note, until }: ResolveReportArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReportObject> {
    return toReportObject(await this.moderation.resolve(viewer, id, action, note ?? null, until));
  }

  @Mutation(() => MemberObject, {
    description:
      'MODERATOR+: sessions end and sockets close at once; sign-in refused with the reason.',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async suspendMember(
    @Args() { memberId, reason, until }: SuspendMemberArgs,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject(
      await this.moderation.suspend(viewer, memberId, reason, until ?? null),
      viewer,
    );
  }

  @Query(() => ModerationActionConnection, {
    description: 'MODERATOR+: every moderator action, newest first. Append-only.',
  })
  @ActiveMember(MemberRole.MODERATOR)
  async moderationLog(
    @Args() { first, after }: PageArgs,
  ): Promise<Connection<ModerationActionObject>> {
    const page = await this.moderation.log(first, after);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toActionObject(e.node) })) };
  }

  @ResolveField(() => MemberObject)
  async reporter(
    @Parent() r: ReportObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(r.reporterId))!, viewer);
  }

  @ResolveField(() => MemberObject, {
    description: 'Who wrote the reported content (the member, for MEMBER reports).',
  })
  async author(
    @Parent() r: ReportObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(r.authorId))!, viewer);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Where moderators can open the content in the web app (null for private messages and removed content).',
  })
  async contentPath(
    @Parent() r: ReportObject,
    @Context() ctx: GraphQLContext,
  ): Promise<string | null> {
    return ctx.loaders.get(this.paths).load({ targetType: r.targetType, targetId: r.targetId });
  }

  @ResolveField(() => Number, { name: 'earlierReportsAboutAuthor' })
  async earlierReports(@Parent() r: ReportObject, @Context() ctx: GraphQLContext): Promise<number> {
    return Math.max(0, (await ctx.loaders.get(this.perAuthor).load(r.authorId)) - 1);
  }
}

const toActionObject = (a: ModerationActionEntity): ModerationActionObject => ({
  id: a.id,
  action: a.action,
  targetType: a.targetType,
  targetId: a.targetId,
  reason: a.reason,
  createdAt: a.createdAt,
  actorId: a.actorId,
});

const reportTargets = new Set<string>(Object.values(ReportTarget));

@Resolver(() => ModerationActionObject)
export class ModerationActionFieldsResolver {
  constructor(
    private readonly members: MemberLoader,
    private readonly paths: ReportPathLoader,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where moderators can open what was acted on in the web app, when it has a page.',
  })
  async targetPath(
    @Parent() a: ModerationActionObject,
    @Context() ctx: GraphQLContext,
  ): Promise<string | null> {
    // Events are not reported, but moderators change and cancel them: their page is the id.
    if (a.targetType === 'EVENT') return `/events/${a.targetId}`;
    if (!reportTargets.has(a.targetType)) return null;
    return ctx.loaders
      .get(this.paths)
      .load({ targetType: a.targetType as ReportTarget, targetId: a.targetId });
  }

  @ResolveField(() => MemberObject)
  async actor(
    @Parent() a: ModerationActionObject,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MemberObject> {
    return toMemberObject((await ctx.loaders.get(this.members).load(a.actorId))!, viewer);
  }
}
