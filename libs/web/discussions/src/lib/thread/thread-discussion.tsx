import '../discussions.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { LiveRegion } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { threadQuery } from '../discussions.documents';
import { useDiscussionsTexts } from '../hooks/use-discussions-texts.hook';
import { useViewer } from '../hooks/use-viewer.hook';
import { FollowControls } from './follow-controls';
import { ThreadPosts } from './thread-posts';

/**
 * A thread's messages and reply box inside another page (a journal story's comments): the same
 * live list and composer as the thread page, for ACTIVE members; others are told how to join.
 */
export function ThreadDiscussion({ threadId }: { threadId: string }) {
  useDiscussionsTexts();
  const { t } = useTranslation('discussions');
  const viewer = useViewer();
  const { pathname } = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const { data, loading } = useQuery(threadQuery, {
    variables: { id: threadId },
    skip: viewer.loading,
  });
  const thread = data?.thread;
  if (viewer.loading || (loading && !thread))
    return <Loader size="sm" aria-label={t('thread.loading')} />;
  if (!thread) return <Text>{t('thread.notFound')}</Text>;
  if (!viewer.active)
    return (
      <Alert color="gray">
        <Stack gap="xs" align="flex-start">
          <Text>{viewer.member ? t('thread.applicantsOnly') : t('thread.membersOnly')}</Text>
          {viewer.member ? null : (
            <Button
              component={Link}
              to={`/sign-in?next=${encodeURIComponent(pathname)}`}
              size="compact-md"
            >
              {t('accounts:nav.signIn')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  return (
    <Stack gap="md" className="wo-discussions">
      <FollowControls
        threadId={thread.id}
        follows={thread.viewerFollows}
        muted={thread.viewerMuted}
      />
      <ThreadPosts thread={thread} viewer={viewer} announce={setAnnouncement} />
      <Anchor component={Link} to={`/discussions/${thread.id}`} size="sm">
        {t('thread.openInDiscussions')}
      </Anchor>
      <LiveRegion message={announcement} />
    </Stack>
  );
}
