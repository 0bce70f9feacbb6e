import { Avatar, type MantineSize } from '@mantine/core';

/** A member's photo, or their initials; `alt` empty where the name is written next to it. */
export function MemberAvatar({
  url,
  name,
  alt,
  size = 'lg',
}: {
  url: string | null | undefined;
  name: string;
  alt: string;
  size?: MantineSize | number;
}) {
  return (
    <Avatar
      src={url ?? null}
      alt={alt}
      name={name}
      variant="filled"
      color="teal.9"
      size={size}
      radius="xl"
    />
  );
}
