import '../discussions.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Container, Group, Stack, Text } from '@mantine/core';
import { type ThreadQuery } from '@wide-open/web/data-access';
import { LiveRegion, PageHeading, PageLoader } from '@wide-open/web/ui';
import { ReportButton } from '@wide-open/web/moderation-report';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { threadQuery } from '../discussions.documents';
import { formatDateTime } from '../hooks/format-date';
import { useDiscussionsTexts } from '../hooks/use-discussions-texts.hook';
import { useLanguageRefetch } from '../hooks/use-language-refetch.hook';
import { type DiscussionViewer, useViewer } from '../hooks/use-viewer.hook';
import { ThreadModerationMenu } from '../moderation/thread-moderation-menu';
import { FollowControls } from './follow-controls';
import { ResearchExportLinks } from './research-export-links';
import { ThreadPosts } from './thread-posts';

type Thread = NonNullable<ThreadQuery['thread']>;

function ThreadMeta({ thread }: { thread: Thread }) {
  const { t, i18n } = useTranslation('discussions');
  return (
    <Stack gap={6}>
      <Text size="sm">
        {t('thread.inCategory', { category: thread.category.name })} ·{' '}
        {t('thread.startedBy', {
          name: thread.author.displayName,
          date: formatDateTime(thread.createdAt, i18n.resolvedLanguage ?? 'en'),
        })}
      </Text>
      <Group gap={6}>
        {thread.pinned ? <Badge color="teal.9">{t('list.pinned')}</Badge> : null}
        {thread.locked ? <Badge color="gray.8">{t('list.locked')}</Badge> : null}
        {thread.hidden ? <Badge color="red.9">{t('list.hidden')}</Badge> : null}
        {thread.challenge ? (
          <Badge variant="outline" color="gray.8" tt="none">
            {t(`challenge.${thread.challenge}`)}
          </Badge>
        ) : null}
        {thread.tags.map((tag) => (
          <Badge key={tag} variant="light" color="gray.8" tt="none">
            #{tag}
          </Badge>
        ))}
      </Group>
      {thread.story ? (
        <Text size="sm">
          {t('thread.aboutStory')}{' '}
          <Anchor component={Link} to={`/journal/${thread.story.slug}`}>
            {thread.story.title}
          </Anchor>
        </Text>
      ) : null}
      {thread.place ? (
        <Text size="sm">
          {t('thread.place', { name: '' })}
          <Anchor component={Link} to={`/places/${thread.place.slug}`}>
            {thread.place.name}
          </Anchor>
        </Text>
      ) : null}
    </Stack>
  );
}

function ThreadView({ thread, viewer }: { thread: Thread; viewer: DiscussionViewer }) {
  const { t } = useTranslation('discussions');
  const [announcement, setAnnouncement] = useState('');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/discussions" size="sm">
        ← {t('thread.back')}
      </Anchor>
      <Stack gap="sm">
        <PageHeading title={thread.title} />
        <ThreadMeta thread={thread} />
        {thread.awaitingReview ? (
          <Alert color="orange">{t('thread.awaitingReviewNotice')}</Alert>
        ) : thread.hidden ? (
          <Alert color="red">{t('thread.hiddenNotice')}</Alert>
        ) : null}
        {viewer.active ? (
          <Group justify="space-between" align="flex-start">
            <FollowControls
              threadId={thread.id}
              follows={thread.viewerFollows}
              muted={thread.viewerMuted}
            />
            <Group gap="xs">
              <ReportButton
                targetType="THREAD"
                targetId={thread.id}
                authorId={thread.author.id}
                authorName={thread.author.displayName}
              />
              {viewer.moderator ? (
                <ThreadModerationMenu thread={thread} announce={setAnnouncement} />
              ) : null}
            </Group>
          </Group>
        ) : null}
        {viewer.researcher ? <ResearchExportLinks query={{ threadId: thread.id }} /> : null}
      </Stack>
      <LiveRegion message={announcement} />
      {viewer.active ? (
        <ThreadPosts thread={thread} viewer={viewer} announce={setAnnouncement} />
      ) : viewer.member ? (
        <Alert color="gray">{t('thread.applicantsOnly')}</Alert>
      ) : (
        <Alert color="gray">
          <Stack gap="xs" align="flex-start">
            <Text>{t('thread.membersOnly')}</Text>
            <Button
              component={Link}
              to={`/sign-in?next=${encodeURIComponent(`/discussions/${thread.id}`)}`}
              size="compact-md"
            >
              {t('accounts:nav.signIn')}
            </Button>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** `/discussions/:id`: a thread, its messages for members, and the reply form. */
export function ThreadPage() {
  useDiscussionsTexts();
  const { t } = useTranslation('discussions');
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, refetch } = useQuery(threadQuery, {
    variables: { id },
    skip: viewer.loading,
  });
  useLanguageRefetch(refetch);
  const thread = data?.thread;
  return (
    <Container size="md" className="wo-discussions">
      {thread ? (
        <ThreadView key={thread.id} thread={thread} viewer={viewer} />
      ) : loading || viewer.loading ? (
        <PageLoader />
      ) : (
        <Stack>
          <PageHeading title={t('thread.notFound')} />
          <Anchor component={Link} to="/discussions">
            {t('thread.back')}
          </Anchor>
        </Stack>
      )}
    </Container>
  );
}
