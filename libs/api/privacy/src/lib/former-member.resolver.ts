import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberObject } from '@wide-open/api/accounts';
import { requestLanguage, type GraphQLContext } from '@wide-open/api/core';

export const FORMER_MEMBER = { en: 'Former member', fr: 'Ancien membre' } as const;

/** A deleted account's name, wherever a Member appears: "former member" in the reader's language. */
@Resolver(() => MemberObject)
export class FormerMemberResolver {
  @ResolveField('displayName', () => String)
  displayName(@Parent() member: MemberObject, @Context() ctx: GraphQLContext): string {
    return member.isFormerMember ? FORMER_MEMBER[requestLanguage(ctx.req)] : member.displayName;
  }
}
