import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ApplicationFieldsFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { ApplicationMessages } from '../application-messages/application-messages';
import { type Decision } from './decision-dialog';

export function ApplicationCard({
  application,
  onDecide,
}: {
  application: ApplicationFieldsFragment;
  onDecide: (decision: Decision) => void;
}) {
  const { t, i18n } = useTranslation('accounts');
  const applied = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'long',
  }).format(new Date(application.createdAt));
  const headingId = `application-${application.id}`;
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {application.displayName}{' '}
          <Text span c="dimmed" fw={400}>
            @{application.handle}
          </Text>
        </Title>
        <Text size="sm" c="dimmed">
          {t('moderation.appliedOn', { date: applied })}
        </Text>
        <dl className="wo-facts">
          <dt>{t('moderation.email')}</dt>
          <dd>{application.email}</dd>
          <dt>{t('moderation.whoTheyAre')}</dt>
          <dd>{t(`communityRole.${application.communityRole}`)}</dd>
          {application.sector ? (
            <>
              <dt>{t('moderation.sector')}</dt>
              <dd>{t(`sector.${application.sector}`)}</dd>
            </>
          ) : null}
          <dt>{t('moderation.motivation')}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{application.motivation}</dd>
        </dl>
        <ApplicationMessages
          viewer="moderator"
          applicantId={application.id}
          applicantName={application.displayName}
        />
        <Group>
          <Button
            onClick={() => onDecide('approve')}
            aria-label={t('moderation.approveLabel', { name: application.displayName })}
          >
            {t('moderation.approve')}
          </Button>
          <Button
            variant="outline"
            color="red.9"
            onClick={() => onDecide('reject')}
            aria-label={t('moderation.rejectLabel', { name: application.displayName })}
          >
            {t('moderation.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
