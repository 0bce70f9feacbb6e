import { useQuery } from '@apollo/client/react';
import { Alert, Button, Container, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useSession } from '@wide-open/web/data-access';
import { MessageMemberButton } from '@wide-open/web/messaging';
import { Markdown, PageHeading, PageLoader } from '@wide-open/web/ui';
import { ReportButton } from '@wide-open/web/moderation-report';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMembersResources } from '../i18n/use-members-resources.hook';
import { memberQuery } from '../members.documents';
import { MemberAvatar } from './member-avatar';
import { MemberPlaces } from './member-places';
import { ProfileFacts } from './profile-facts';

/** A member's public profile: `/members/:handle`. */
export function MemberProfilePage() {
  useMembersResources();
  const { t } = useTranslation('members');
  const { handle = '' } = useParams();
  const { member: viewer } = useSession();
  // Set by the edit form after saving, so the confirmation is read on the page it leads to.
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const { data, loading, error } = useQuery(memberQuery, { variables: { handle } });
  if (loading && !data) return <PageLoader />;
  const member = data?.member;
  if (!member) {
    return (
      <Container size="sm">
        <Stack>
          <PageHeading title={t('profile.notFoundTitle')} />
          <Text>{error ? t('profile.error') : t('profile.notFound')}</Text>
        </Stack>
      </Container>
    );
  }
  return (
    <Container size="lg">
      <Stack gap="lg">
        <Group gap="lg" wrap="nowrap" align="center">
          <MemberAvatar
            url={member.avatarUrl}
            name={member.displayName}
            alt={t('profile.avatarAlt', { name: member.displayName })}
            size={96}
          />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <PageHeading title={member.displayName} style={{ overflowWrap: 'anywhere' }} />
            <Text c="dimmed">@{member.handle}</Text>
            {member.headline ? <Text size="lg">{member.headline}</Text> : null}
          </Stack>
        </Group>
        {saved && viewer?.id === member.id ? (
          <Alert color="teal" role="status">
            {t('edit.saved')}
          </Alert>
        ) : null}
        {viewer?.id === member.id ? (
          <Button component={Link} to="/settings/profile" variant="outline" w="fit-content">
            {t('profile.edit')}
          </Button>
        ) : null}
        {/* Renders nothing on one's own profile or for visitors. */}
        <Group gap="xs">
          <MessageMemberButton member={member} w="fit-content" />
          <ReportButton
            targetType="MEMBER"
            targetId={member.id}
            authorId={member.id}
            authorName={member.displayName}
            size="sm"
          />
        </Group>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <ProfileFacts member={member} />
              <MemberPlaces places={member.places} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {member.bio ? (
              <section aria-labelledby="about-heading">
                <Title order={2} size="h4" id="about-heading" mb="xs">
                  {t('profile.about')}
                </Title>
                <Markdown>{member.bio}</Markdown>
              </section>
            ) : null}
          </Grid.Col>
        </Grid>
        {error && data ? <Alert color="red">{t('profile.error')}</Alert> : null}
      </Stack>
    </Container>
  );
}
