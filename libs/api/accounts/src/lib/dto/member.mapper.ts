import { roleAtLeast, MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import type { Viewer } from '@wide-open/api/core';
import type { MemberEntity } from '../entities/member.entity';
import type { MemberObject } from './member.object';

/** Whether `viewer` may see `member`'s private fields (email, motivation, decisions). */
export function canSeePrivateFields(member: Pick<MemberEntity, 'id'>, viewer?: Viewer): boolean {
  if (!viewer) return false;
  return viewer.memberId === member.id || roleAtLeast(viewer.role, MemberRole.MODERATOR);
}

export function toMemberObject(member: MemberEntity, viewer?: Viewer): MemberObject {
  const own = canSeePrivateFields(member, viewer);
  return {
    id: member.id,
    handle: member.handle,
    displayName: member.displayName,
    status: member.status,
    role: member.role,
    communityRole: member.communityRole,
    sector: member.sector,
    headline: member.headline,
    bio: member.bio,
    city: member.city,
    country: member.country,
    languages: member.languages,
    skills: member.skills,
    interests: member.interests,
    avatarUrl: member.avatarUrl,
    links: member.links,
    createdAt: member.createdAt,
    locale: member.locale,
    isFormerMember: member.status === MemberStatus.DELETED,
    email: own ? member.email : null,
    motivation: own ? member.motivation : null,
    decisionMessage: own ? member.decisionMessage : null,
    decidedAt: own ? member.decidedAt : null,
    suspensionReason: own ? member.suspensionReason : null,
  };
}
