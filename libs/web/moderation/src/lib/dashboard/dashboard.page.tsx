import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ModerationDashboardQuery } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAgo, formatDateTime } from '../format';
import { ModerationPage } from '../layout/moderation-page';
import { moderationDashboardQuery } from '../moderation.documents';
import { WeeklyChart } from './weekly-chart';

type Dashboard = ModerationDashboardQuery['moderationDashboard'];

function Figure({ label, to, link }: { label: string; to: string; link: string }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text fz="xl" fw={700}>
          {label}
        </Text>
        <Anchor component={Link} to={to}>
          {link}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** Whichever waits longest, the oldest application or the oldest report. */
function OldestWaiting({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation('moderation');
  const language = i18n.resolvedLanguage ?? 'en';
  const { oldestApplication: application, oldestReport: report } = dashboard;
  if (!application && !report) return <Text>{t('dashboard.nothingWaits')}</Text>;
  const applicationFirst =
    !!application && (!report || new Date(application.since) <= new Date(report.since));
  const since = applicationFirst ? application.since : report!.since;
  const values = { date: formatDateTime(since, language), ago: formatAgo(since, language) };
  return (
    <Paper withBorder p="md" className="wo-oldest" component="section" aria-labelledby="oldest">
      <Stack gap="xs">
        <Title order={2} size="h4" id="oldest">
          {t('dashboard.oldestTitle')}
        </Title>
        <Text>
          {applicationFirst
            ? t('dashboard.oldestApplication', { ...values, name: application.displayName })
            : t('dashboard.oldestReport', {
                ...values,
                type: t(`target.${report!.targetType}`).toLowerCase(),
              })}
        </Text>
        <Anchor
          component={Link}
          to={applicationFirst ? '/moderation/applications' : '/moderation/reports'}
        >
          {t('dashboard.openOldest')}
        </Anchor>
      </Stack>
    </Paper>
  );
}

function DashboardView() {
  const { t } = useTranslation('moderation');
  const { data, loading, error } = useQuery(moderationDashboardQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = data?.moderationDashboard;
  return (
    <Stack gap="lg">
      <PageHeading title={t('dashboard.title')} />
      <Text>{t('dashboard.intro')}</Text>
      {error && !data ? <Alert color="red">{t('dashboard.error')}</Alert> : null}
      {loading && !data ? <Loader role="status" size="sm" aria-label={t('ui:loading')} /> : null}
      {dashboard ? (
        <>
          <section aria-labelledby="figures">
            <Title order={2} size="h3" id="figures" mb="sm">
              {t('dashboard.figures')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Figure
                label={t('dashboard.pendingApplications', {
                  count: dashboard.pendingApplications,
                })}
                to="/moderation/applications"
                link={t('dashboard.reviewApplications')}
              />
              <Figure
                label={t('dashboard.openReports', { count: dashboard.openReports })}
                to="/moderation/reports"
                link={t('dashboard.reviewReports')}
              />
              <Figure
                label={t('dashboard.heldPosts', { count: dashboard.heldPosts })}
                to="/moderation/held-posts"
                link={t('dashboard.reviewHeldPosts')}
              />
            </SimpleGrid>
          </section>
          <OldestWaiting dashboard={dashboard} />
          <section aria-labelledby="charts">
            <Title order={2} size="h3" id="charts" mb="sm">
              {t('dashboard.charts')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
              <WeeklyChart
                title={t('dashboard.membersPerWeek')}
                weeks={dashboard.membersPerWeek}
                color="#0b7285"
              />
              <WeeklyChart
                title={t('dashboard.postsPerWeek')}
                weeks={dashboard.postsPerWeek}
                color="#5f3dc4"
              />
            </SimpleGrid>
          </section>
        </>
      ) : null}
    </Stack>
  );
}

/** The moderators' overview: what waits, since when, and members and posts per week. */
export function ModerationDashboardPage() {
  return <ModerationPage>{() => <DashboardView />}</ModerationPage>;
}
