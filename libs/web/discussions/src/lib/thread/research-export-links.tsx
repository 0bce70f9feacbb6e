import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Plain links to the REST export (same-origin cookie): the browser downloads the file. The API
 * answers 403 to anyone who is not a researcher, so showing them is only a convenience.
 */
export function ResearchExportLinks({
  query,
}: {
  query: { threadId: string } | { search: string };
}) {
  const { t } = useTranslation('discussions');
  const params = new URLSearchParams(query);
  const href = (format: 'csv' | 'json') => `/research/export?${params.toString()}&format=${format}`;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('thread.exportHelp')}</Text>
      <Group gap="md">
        <Anchor href={href('csv')} download>
          {t('thread.exportCsv')}
        </Anchor>
        <Anchor href={href('json')} download>
          {t('thread.exportJson')}
        </Anchor>
      </Group>
    </Stack>
  );
}
