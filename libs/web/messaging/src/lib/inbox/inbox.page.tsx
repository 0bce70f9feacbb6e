import '../messaging.css';
import { Button, Container, Group, Stack } from '@mantine/core';
import { type SessionMember } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMessagingResources } from '../i18n/use-messaging-resources.hook';
import { ConnectionBanner } from '../shared/connection-banner';
import { ConversationList } from './conversation-list';

/** `/messages`: the inbox. The route guard gives the signed-in ACTIVE member. */
export function InboxPage({ member }: { member: SessionMember }) {
  useMessagingResources();
  const { t } = useTranslation('messaging');
  return (
    <Container size="sm" px={0}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <PageHeading title={t('inbox.title')} />
          <Button component={Link} to="/messages/new">
            {t('inbox.newMessage')}
          </Button>
        </Group>
        <ConnectionBanner />
        <ConversationList viewerId={member.id} />
      </Stack>
    </Container>
  );
}
