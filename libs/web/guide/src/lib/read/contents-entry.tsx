import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { type GuideQuery } from '@wide-open/web/data-access';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Chapter = GuideQuery['guide']['stages'][number]['chapters'][number];

/** A chapter in the contents: its link, a draft badge, its challenges, and editors' tools. */
export function ContentsEntry({
  chapter,
  title,
  tools,
}: {
  chapter: Chapter;
  title: string;
  tools?: ReactNode;
}) {
  const { t } = useTranslation('guide');
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={2}>
        <Group gap="xs" wrap="wrap">
          <Anchor
            component={Link}
            to={`/guide/${chapter.slug}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {title}
          </Anchor>
          {chapter.status === 'DRAFT' ? (
            <Badge variant="outline" color="gray.8">
              {t('draft')}
            </Badge>
          ) : null}
        </Group>
        {chapter.challenges.length > 0 ? (
          <Text size="sm" c="gray.8">
            {chapter.challenges
              .map((c) => t(`places:challenge.${c}`, { defaultValue: c }))
              .join(' · ')}
          </Text>
        ) : null}
      </Stack>
      {tools}
    </Group>
  );
}
