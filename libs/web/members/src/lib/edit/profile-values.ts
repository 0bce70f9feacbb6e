import { type CommunityRole, type Sector } from '@wide-open/shared/contracts';
import { type MemberProfileFragment, type UpdateProfileInput } from '@wide-open/web/data-access';
import { type AvatarChange } from './avatar-field';

export interface ProfileValues {
  displayName: string;
  handle: string;
  headline: string;
  communityRole: CommunityRole;
  sector: Sector | '';
  city: string;
  country: string;
  languages: string[];
  skills: string[];
  interests: string[];
  links: string;
  bio: string;
  locale: string;
}

/** Fields in the order they appear, which is also the order of the error summary. */
export const profileFieldOrder = [
  'avatarId',
  'displayName',
  'handle',
  'headline',
  'communityRole',
  'sector',
  'city',
  'country',
  'languages',
  'skills',
  'interests',
  'links',
  'bio',
  'locale',
] as const;
export type ProfileField = (typeof profileFieldOrder)[number];

export function isProfileField(key: string): key is ProfileField {
  return (profileFieldOrder as readonly string[]).includes(key);
}

export function profileValues(member: MemberProfileFragment): ProfileValues {
  return {
    displayName: member.displayName,
    handle: member.handle,
    headline: member.headline ?? '',
    communityRole: member.communityRole,
    sector: member.sector ?? '',
    city: member.city ?? '',
    country: member.country ?? '',
    languages: [...member.languages],
    skills: [...member.skills],
    interests: [...member.interests],
    links: member.links.join('\n'),
    bio: member.bio ?? '',
    locale: member.locale,
  };
}

const orNull = (value: string): string | null => (value.trim() ? value.trim() : null);

/** Everything is sent: blank optional fields are cleared (null), the avatar only when changed. */
export function profileInput(values: ProfileValues, avatar: AvatarChange): UpdateProfileInput {
  return {
    displayName: values.displayName.trim(),
    handle: values.handle.trim(),
    headline: orNull(values.headline),
    communityRole: values.communityRole,
    sector: values.sector || null,
    city: orNull(values.city),
    country: values.country || null,
    languages: values.languages,
    skills: values.skills,
    interests: values.interests,
    links: values.links
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    bio: orNull(values.bio),
    locale: values.locale,
    ...(avatar.kind === 'set' ? { avatarId: avatar.id } : {}),
    ...(avatar.kind === 'removed' ? { avatarId: null } : {}),
  };
}
