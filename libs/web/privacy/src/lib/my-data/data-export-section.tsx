import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@wide-open/shared/contracts';
import {
  type DataExportFieldsFragment,
  errorCode,
  useSocketEvent,
} from '@wide-open/web/data-access';
import { LiveRegion } from '@wide-open/web/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { myDataExportsQuery, requestDataExportMutation } from '../privacy.documents';

// The socket makes progress live; polling is the safety net (applicants have no socket, and an
// event can slip by while the socket reconnects).
const POLL_MS = 3000;

const inProgress = (e: DataExportFieldsFragment | undefined) =>
  e?.status === 'QUEUED' || e?.status === 'RUNNING';

function formatSize(bytes: number, lang: string): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte'];
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

/** "Download my data": request an archive, follow its progress live, download it once ready. */
export function DataExportSection() {
  const { t, i18n } = useTranslation('privacy');
  const lang = i18n.resolvedLanguage ?? 'en';
  const client = useApolloClient();
  const { data, refetch, startPolling, stopPolling } = useQuery(myDataExportsQuery);
  const [request, { loading: requesting }] = useMutation(requestDataExportMutation, {
    update(cache, { data: answer }) {
      const created = answer?.requestDataExport;
      if (!created) return;
      cache.updateQuery({ query: myDataExportsQuery }, (previous) => ({
        myDataExports: [
          created,
          ...(previous?.myDataExports ?? []).filter((e) => e.id !== created.id),
        ],
      }));
    },
  });
  const [failure, setFailure] = useState<string | null>(null);
  const latest = data?.myDataExports[0];
  const busy = inProgress(latest);

  useSocketEvent('dataExport:progress', (event) => {
    client.cache.modify({
      id: client.cache.identify({ __typename: 'DataExport', id: event.id }),
      fields: { status: () => event.status, progress: () => event.progress },
    });
    // The download link and dates come with the final state.
    if (event.status === 'READY' || event.status === 'FAILED') {
      void refetch();
    }
  });

  useEffect(() => {
    if (!busy) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [busy, startPolling, stopPolling]);

  const onRequest = async () => {
    setFailure(null);
    try {
      await request();
    } catch (error) {
      setFailure(
        t(errorCode(error) === ErrorCode.RATE_LIMITED ? 'export.rateLimited' : 'export.failed'),
      );
    }
  };

  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const statusText = latest
    ? t(`export.status.${latest.status}`, { progress: latest.progress })
    : '';
  // Read out at each quarter, not at every percent.
  const announced = latest
    ? t(`export.status.${latest.status}`, { progress: Math.floor(latest.progress / 25) * 25 })
    : '';

  return (
    <Card withBorder component="section" aria-labelledby="export-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="export-heading">
          {t('export.title')}
        </Title>
        <Text>{t('export.body')}</Text>
        <LiveRegion message={announced} />
        {failure ? (
          <Alert role="alert" color="red" variant="light">
            {failure}
          </Alert>
        ) : null}
        {latest ? (
          <Stack gap="xs" data-testid="data-export-status">
            <Text fw={600}>{statusText}</Text>
            {busy ? (
              <Progress
                value={latest.progress}
                aria-label={t('export.progressLabel')}
                size="lg"
                color="teal.9"
                striped
                animated
              />
            ) : null}
            {latest.status === 'READY' && latest.downloadUrl ? (
              <>
                <Text size="sm">
                  {t('export.readyDetails', {
                    date: dateFormat.format(new Date(latest.readyAt ?? latest.createdAt)),
                    size: formatSize(latest.bytes ?? 0, lang),
                    expires: latest.expiresAt ? dateFormat.format(new Date(latest.expiresAt)) : '',
                  })}
                </Text>
                <Group>
                  {/* A plain link: the browser downloads with the session cookie. */}
                  <Button component="a" href={latest.downloadUrl} download color="teal.9">
                    {t('export.download')}
                  </Button>
                </Group>
              </>
            ) : null}
          </Stack>
        ) : data ? (
          <Text c="dimmed">{t('export.none')}</Text>
        ) : null}
        <Group>
          <Button
            variant={latest?.status === 'READY' ? 'outline' : 'filled'}
            onClick={() => void onRequest()}
            loading={requesting}
            disabled={busy}
          >
            {busy ? t('export.requesting') : t('export.request')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
