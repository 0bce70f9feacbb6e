import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Format = 'csv' | 'json';
const accept: Record<Format, string> = { csv: 'text/csv', json: 'application/json' };

function filenameFrom(disposition: string | null, format: Format): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? '');
  return match?.[1] ?? `wide-open-research.${format}`;
}

/**
 * Downloads the REST export (same-origin cookie). Fetched rather than linked: a link followed by
 * the browser asks for HTML, which the server answers with the app itself; a fetch also lets a
 * refusal be shown instead of a broken file.
 */
export function ResearchExportLinks({
  query,
}: {
  query: { threadId: string } | { search: string };
}) {
  const { t } = useTranslation('discussions');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<Format | null>(null);

  const download = async (format: Format) => {
    setFailed(false);
    setBusy(format);
    try {
      const params = new URLSearchParams({ ...query, format });
      const response = await fetch(`/research/export?${params.toString()}`, {
        credentials: 'same-origin',
        headers: { accept: accept[format] },
      });
      if (!response.ok) throw new Error(`export answered ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = filenameFrom(response.headers.get('content-disposition'), format);
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: the download reads the blob after this click returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap={4}>
      <Text size="sm">{t('thread.exportHelp')}</Text>
      <Group gap="xs">
        <Button
          variant="outline"
          size="compact-md"
          loading={busy === 'csv'}
          onClick={() => void download('csv')}
        >
          {t('thread.exportCsv')}
        </Button>
        <Button
          variant="outline"
          size="compact-md"
          loading={busy === 'json'}
          onClick={() => void download('json')}
        >
          {t('thread.exportJson')}
        </Button>
      </Group>
      {failed ? (
        <Alert role="alert" color="red" variant="light">
          {t('post.actionFailed')}
        </Alert>
      ) : null}
    </Stack>
  );
}
