import { Blockquote, Button, Card, Container, List, Stack, Text, Title } from '@mantine/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { type SessionMember } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApplicationMessages } from '../application-messages/application-messages';
import { RequireMember } from '../session/require-member';

function ApplicationStatus({ member }: { member: SessionMember }) {
  const { t } = useTranslation('accounts');
  if (member.status === MemberStatus.ACTIVE) {
    return (
      <Stack gap="md">
        <PageHeading
          title={t('application.activeHeading')}
          documentTitle={t('application.title')}
        />
        <Text>{t('application.activeBody')}</Text>
        {member.decisionMessage ? (
          <Card withBorder component="section" aria-labelledby="welcome-message">
            <Title order={2} size="h4" id="welcome-message">
              {t('application.welcomeMessage')}
            </Title>
            <Blockquote mt="sm" color="teal.9" style={{ whiteSpace: 'pre-wrap' }}>
              {member.decisionMessage}
            </Blockquote>
          </Card>
        ) : null}
        <Button component={Link} to="/app" size="md" style={{ alignSelf: 'flex-start' }}>
          {t('application.enter')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <PageHeading title={t('application.pendingHeading')} documentTitle={t('application.title')} />
      <Text>{t('application.pendingBody', { name: member.displayName })}</Text>
      <Card withBorder component="section" aria-labelledby="your-motivation">
        <Title order={2} size="h4" id="your-motivation">
          {t('application.yourMotivation')}
        </Title>
        <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="submitted-motivation">
          {member.motivation}
        </Text>
      </Card>
      <ApplicationMessages viewer="applicant" applicantName={member.displayName} />
      <section aria-labelledby="next-steps">
        <Title order={2} size="h4" id="next-steps">
          {t('application.nextSteps')}
        </Title>
        <List type="ordered" mt="sm" spacing="xs">
          <List.Item>{t('application.next1')}</List.Item>
          <List.Item>{t('application.next2')}</List.Item>
          <List.Item>{t('application.next3')}</List.Item>
        </List>
      </section>
    </Stack>
  );
}

/** Where applicants land after applying, and where members who are not active yet are sent. */
export function ApplicationStatusPage() {
  return (
    <Container size="sm">
      <RequireMember activeOnly={false}>
        {(member) => <ApplicationStatus member={member} />}
      </RequireMember>
    </Container>
  );
}
