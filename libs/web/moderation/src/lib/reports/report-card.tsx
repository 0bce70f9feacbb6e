import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReportAction, type ReportFieldsFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../format';

export const REPORT_ACTIONS: ReportAction[] = [
  'DISMISS',
  'HIDE_CONTENT',
  'WARN_AUTHOR',
  'SUSPEND_MEMBER',
];

export interface ReportCardProps {
  report: ReportFieldsFragment;
  onAct: (action: ReportAction) => void;
}

/** One open report: the content as reported, who reported it and why, and the decisions. */
export function ReportCard({ report, onAct }: ReportCardProps) {
  const { t, i18n } = useTranslation('moderation');
  const language = i18n.resolvedLanguage ?? 'en';
  const type = t(`target.${report.targetType}`);
  const headingId = `report-${report.id}-heading`;
  // A member cannot be hidden: warn or suspend them.
  const actions = REPORT_ACTIONS.filter(
    (a) => !(a === 'HIDE_CONTENT' && report.targetType === 'MEMBER'),
  );
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={2} size="h4" id={headingId}>
            {report.targetType === 'MEMBER'
              ? t('reports.headingMember', { name: report.author.displayName })
              : t('reports.heading', { type, name: report.author.displayName })}
          </Title>
          <Badge variant="outline" color="gray.8" tt="none">
            {type}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('reports.reportedBy', {
            name: report.reporter.displayName,
            date: formatDateTime(report.createdAt, language),
          })}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {t('reports.content')}
          </Text>
          <blockquote className="wo-report-excerpt">
            {report.excerpt ? (
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {report.excerpt}
              </Text>
            ) : (
              <Text fs="italic">{t('reports.noExcerpt')}</Text>
            )}
          </blockquote>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {t('reports.reason')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{report.reason}</Text>
        </Stack>
        <Text size="sm" fw={report.earlierReportsAboutAuthor > 0 ? 700 : 400}>
          {t('reports.earlier', { count: report.earlierReportsAboutAuthor })}
        </Text>
        {report.contentPath ? (
          <Button
            component={Link}
            to={report.contentPath}
            variant="subtle"
            size="sm"
            px={0}
            // Long labels (French) wrap on phones instead of widening the page.
            styles={{
              root: { alignSelf: 'flex-start', height: 'auto', minHeight: 36, maxWidth: '100%' },
              label: { whiteSpace: 'normal', textAlign: 'left' },
            }}
          >
            {t('reports.openContent', { type: type.toLowerCase() })}
          </Button>
        ) : report.targetType === 'MESSAGE' ? (
          <Text size="sm">{t('reports.privateContent')}</Text>
        ) : null}
        <Group
          gap="xs"
          role="group"
          aria-label={t('reports.actions', { name: report.author.displayName })}
        >
          {actions.map((action) => (
            <Button
              key={action}
              size="sm"
              variant={action === 'DISMISS' ? 'default' : 'outline'}
              color={action === 'DISMISS' ? undefined : 'red.9'}
              onClick={() => onAct(action)}
            >
              {t(`reports.action.${action}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
