import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  InjectConfig,
  Public,
  SignedIn,
  clientIp,
  type AppConfig,
  type GraphQLContext,
  type Viewer,
} from '@wide-open/api/core';
import { AccountsService, type SignedIn as SignedInResult } from './accounts.service';
import { LoginArgs } from './dto/membership.args';
import { AuthPayloadObject, MemberObject } from './dto/member.object';
import { toMemberObject } from './dto/member.mapper';
import { RegisterInput } from './dto/register.input';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver(() => MemberObject)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Query(() => MemberObject, { nullable: true, description: 'The signed-in member, or null.' })
  @Public()
  async me(@CurrentViewer() viewer?: Viewer): Promise<MemberObject | null> {
    if (!viewer) return null;
    return toMemberObject(await this.accounts.me(viewer), viewer);
  }

  @Mutation(() => AuthPayloadObject, { description: 'Apply to join: the new member is PENDING.' })
  @Public()
  async register(
    @Args('input') input: RegisterInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadObject> {
    return this.signedIn(await this.accounts.register(input, this.client(ctx)), ctx);
  }

  @Mutation(() => AuthPayloadObject)
  @Public()
  async login(
    @Args() { email, password }: LoginArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<AuthPayloadObject> {
    return this.signedIn(await this.accounts.login(email, password, this.client(ctx)), ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends this session everywhere, open sockets included.' })
  @SignedIn()
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.accounts.logout(viewer);
    clearSessionCookie(ctx.res, this.secureCookies);
    return true;
  }

  private signedIn(result: SignedInResult, ctx: GraphQLContext): AuthPayloadObject {
    setSessionCookie(ctx.res, result.token, result.expiresAt, this.secureCookies);
    const viewer = {
      memberId: result.member.id,
      sessionId: '',
      role: result.member.role,
      status: result.member.status,
    };
    return { token: result.token, member: toMemberObject(result.member, viewer) };
  }

  private client(ctx: GraphQLContext) {
    return { ip: clientIp(ctx.req), userAgent: ctx.req.headers['user-agent'] };
  }

  private get secureCookies(): boolean {
    return this.config.http.publicUrl.startsWith('https:');
  }
}
