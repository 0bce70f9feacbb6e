import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Loader, Paper, Stack, Text } from '@mantine/core';
import { type ModerationLogQuery } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../format';
import { ModerationPage } from '../layout/moderation-page';
import { moderationLogQuery } from '../moderation.documents';

const PAGE_SIZE = 30;

type Entry = ModerationLogQuery['moderationLog']['edges'][number]['node'];

/** One action as a description list: who, what, on what, why, when. */
function LogEntry({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation('moderation');
  const language = i18n.resolvedLanguage ?? 'en';
  const what = i18n.exists(`moderation:log.action.${entry.action}`)
    ? t(`log.action.${entry.action}` as 'log.action.SUSPEND_MEMBER')
    : entry.action;
  const target = i18n.exists(`moderation:target.${entry.targetType}`)
    ? t(`target.${entry.targetType}` as 'target.POST')
    : entry.targetType;
  const rows: Array<[string, React.ReactNode]> = [
    [t('log.who'), `${entry.actor.displayName} (@${entry.actor.handle})`],
    [t('log.what'), what],
    [
      t('log.onWhat'),
      entry.targetPath ? (
        <Anchor component={Link} to={entry.targetPath} className="wo-target">
          {target}
        </Anchor>
      ) : (
        target
      ),
    ],
    [
      t('log.why'),
      entry.reason ?? (
        <Text span fs="italic">
          {t('log.noReason')}
        </Text>
      ),
    ],
    [
      t('log.when'),
      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time>,
    ],
  ];
  return (
    <Paper withBorder p="sm">
      <dl className="wo-log-entry">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}

function Log() {
  const { t } = useTranslation('moderation');
  const { data, loading, error, fetchMore } = useQuery(moderationLogQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const entries = data?.moderationLog.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.moderationLog.pageInfo;
  return (
    <Stack gap="md">
      <PageHeading title={t('log.title')} />
      <Text>{t('log.intro')}</Text>
      {error && !data ? <Alert color="red">{t('log.error')}</Alert> : null}
      {data && entries.length === 0 ? <Text>{t('log.empty')}</Text> : null}
      <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <LogEntry entry={entry} />
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
          {t('log.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}

/** Every moderator action, newest first: read-only, as the API keeps it. */
export function ModerationLogPage() {
  return <ModerationPage>{() => <Log />}</ModerationPage>;
}
