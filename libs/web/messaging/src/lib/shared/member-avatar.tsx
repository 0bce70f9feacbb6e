import { Avatar, type AvatarProps } from '@mantine/core';

/** Decorative: the name is always written beside it. */
export function MemberAvatar({
  name,
  url,
  ...props
}: { name: string; url?: string | null } & AvatarProps) {
  return (
    <Avatar
      src={url ?? null}
      alt=""
      name={name}
      color="teal.9"
      variant="filled"
      aria-hidden="true"
      {...props}
    />
  );
}
