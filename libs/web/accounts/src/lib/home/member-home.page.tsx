import {
  Anchor,
  Blockquote,
  Button,
  Card,
  Container,
  Grid,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type SessionMember } from '@wide-open/web/data-access';
import { PlacesList } from '@wide-open/web/places';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePendingCount } from '../moderation/use-pending-count.hook';
import { RequireMember } from '../session/require-member';

function ProfileSummary({ member }: { member: SessionMember }) {
  const { t, i18n } = useTranslation('accounts');
  const since = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'long',
  }).format(new Date(member.decidedAt ?? member.createdAt));
  return (
    <Card withBorder component="section" aria-labelledby="profile-heading">
      <Title order={2} size="h4" id="profile-heading" mb="sm">
        {t('home.profile')}
      </Title>
      <dl className="wo-facts">
        <dt>{t('home.handle')}</dt>
        <dd>@{member.handle}</dd>
        <dt>{t('home.whoYouAre')}</dt>
        <dd>{t(`communityRole.${member.communityRole}`)}</dd>
        {member.sector ? (
          <>
            <dt>{t('home.sector')}</dt>
            <dd>{t(`sector.${member.sector}`)}</dd>
          </>
        ) : null}
        <dt>{t('home.role')}</dt>
        <dd>{t(`role.${member.role}`)}</dd>
        {member.email ? (
          <>
            <dt>{t('home.email')}</dt>
            <dd>{member.email}</dd>
          </>
        ) : null}
        <dt>{t('home.memberSince')}</dt>
        <dd>{since}</dd>
      </dl>
      <Group gap="md" mt="sm">
        <Anchor component={Link} to="/settings/data">
          {t('nav.myData')}
        </Anchor>
        <Anchor component={Link} to="/settings/notifications">
          {t('nav.notificationSettings')}
        </Anchor>
      </Group>
    </Card>
  );
}

function ModeratorCard({ count }: { count: number }) {
  const { t } = useTranslation('accounts');
  return (
    <Card withBorder component="section" aria-labelledby="queue-heading">
      <Title order={2} size="h4" id="queue-heading">
        {t('home.queueTitle')}
      </Title>
      <Text my="sm" data-testid="pending-count">
        {t('home.queueCount', { count })}
      </Text>
      <Button component={Link} to="/moderation/applications" variant="outline">
        {t('home.queueLink')}
      </Button>
    </Card>
  );
}

function MemberHome({ member }: { member: SessionMember }) {
  const { t } = useTranslation('accounts');
  const pendingCount = usePendingCount();
  return (
    <Stack gap="xl">
      <PageHeading
        title={t('home.title', { name: member.displayName })}
        documentTitle={t('home.documentTitle')}
      />
      <Grid>
        {member.decisionMessage ? (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder component="section" aria-labelledby="welcome-heading" h="100%">
              <Title order={2} size="h4" id="welcome-heading">
                {t('home.welcomeMessage')}
              </Title>
              <Blockquote mt="sm" color="teal.9" style={{ whiteSpace: 'pre-wrap' }}>
                {member.decisionMessage}
              </Blockquote>
            </Card>
          </Grid.Col>
        ) : null}
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ProfileSummary member={member} />
        </Grid.Col>
        {pendingCount !== null ? (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ModeratorCard count={pendingCount} />
          </Grid.Col>
        ) : null}
      </Grid>
      <PlacesList />
    </Stack>
  );
}

/** Home of ACTIVE members: who they are in the network, the places, and moderators' work. */
export function MemberHomePage() {
  return (
    <Container size="lg">
      <RequireMember>{(member) => <MemberHome member={member} />}</RequireMember>
    </Container>
  );
}
