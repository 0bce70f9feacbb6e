import { Avatar, type AvatarProps } from '@mantine/core';

/** Decorative: the name is always written beside it. */
export function MemberAvatar({
  name,
  url,
  ...props
}: { name: string; url?: string | null } & AvatarProps) {
  return (
    <Avatar src={url ?? null} alt="" name={name} color="initials" aria-hidden="true" {...props} />
  );
}
