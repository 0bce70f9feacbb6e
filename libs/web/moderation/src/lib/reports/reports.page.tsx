import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@wide-open/shared/contracts';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import {
  errorCode,
  type ReportAction,
  type ReportFieldsFragment,
  useSocketEvent,
} from '@wide-open/web/data-access';
import { LiveRegion, PageHeading } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openReportsQuery, resolveReportMutation } from '../moderation.documents';
import { ModerationPage } from '../layout/moderation-page';
import { ReportCard } from './report-card';
import { type Resolution, ResolveDialog } from './resolve-dialog';

const PAGE_SIZE = 20;

interface Pending {
  report: ReportFieldsFragment;
  action: ReportAction;
}

function ReportsQueue() {
  const { t } = useTranslation('moderation');
  const { data, loading, error, fetchMore, refetch } = useQuery(openReportsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [resolve] = useMutation(resolveReportMutation);
  const [pending, setPending] = useState<Pending | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const reports = data?.reports.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.reports.pageInfo;

  // Someone reported something: the queue (oldest first) is read again from its start.
  useSocketEvent('report:new', () => {
    void refetch({ first: Math.max(PAGE_SIZE, reports.length + 1) }).then(() =>
      setAnnouncement(t('reports.newReport')),
    );
  });

  const confirm = async ({ note, until }: Resolution) => {
    if (!pending) return;
    const { report, action } = pending;
    try {
      await resolve({
        variables: { id: report.id, action, note, until },
        refetchQueries: [openReportsQuery],
        awaitRefetchQueries: true,
      });
    } catch (e) {
      throw new Error(
        errorCode(e) === ErrorCode.CONFLICT ? t('reports.alreadyResolved') : t('reports.failed'),
      );
    }
    setAnnouncement(t(`reports.done.${action}`, { name: report.author.displayName }));
    setPending(null);
    // The card and its buttons are gone: give focus a stable place to land.
    document.querySelector<HTMLElement>('h1')?.focus();
  };

  return (
    <Stack gap="md">
      <PageHeading title={t('reports.title')} />
      <Text>{t('reports.intro')}</Text>
      <LiveRegion message={announcement} />
      {announcement ? (
        <Alert color="teal" variant="light" aria-hidden="true">
          {announcement}
        </Alert>
      ) : null}
      {error && !data ? <Alert color="red">{t('reports.error')}</Alert> : null}
      {data && reports.length === 0 ? <Text>{t('reports.empty')}</Text> : null}
      <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {reports.map((report) => (
          <li key={report.id}>
            <ReportCard report={report} onAct={(action) => setPending({ report, action })} />
          </li>
        ))}
      </Stack>
      {loading ? <Loader role="status" size="sm" aria-label={t('ui:loading')} /> : null}
      {pageInfo?.hasNextPage ? (
        <Button
          variant="outline"
          color="teal.9"
          disabled={loading}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('reports.loadMore')}
        </Button>
      ) : null}
      {pending ? (
        <ResolveDialog
          key={`${pending.report.id}-${pending.action}`}
          action={pending.action}
          name={pending.report.author.displayName}
          onClose={() => setPending(null)}
          onConfirm={confirm}
        />
      ) : null}
    </Stack>
  );
}

/** The moderators' queue of open reports, oldest first, updated live. */
export function ReportsPage() {
  return <ModerationPage>{() => <ReportsQueue />}</ModerationPage>;
}
