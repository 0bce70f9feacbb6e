import { Badge, Group } from '@mantine/core';

/** Tags as a labelled list, so screen readers announce how many there are. */
export function TagList({ tags, label }: { tags: readonly string[]; label: string }) {
  return (
    <Group gap={6} role="list" aria-label={label}>
      {tags.map((tag) => (
        <Badge key={tag} role="listitem" variant="light" color="teal.9" tt="none">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
