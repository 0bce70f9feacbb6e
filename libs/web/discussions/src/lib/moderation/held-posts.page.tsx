import '../discussions.css';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, type HeldPostsQuery } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../hooks/format-date';
import { useDiscussionsTexts } from '../hooks/use-discussions-texts.hook';
import { useViewer } from '../hooks/use-viewer.hook';
import {
  approveHeldPostMutation,
  heldPostsQuery,
  rejectHeldPostMutation,
} from './held-posts.documents';

type HeldPost = HeldPostsQuery['heldPosts']['edges'][number]['node'];

function HeldPostCard({ post, onDone }: { post: HeldPost; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('discussions');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [approve, { loading: approving }] = useMutation(approveHeldPostMutation);
  const [reject, { loading: rejectingNow }] = useMutation(rejectHeldPostMutation);
  const headingId = `held-${post.id}`;

  const act = async (run: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await run();
      onDone(done);
    } catch (error) {
      setFailure(
        errorCode(error) === ErrorCode.CONFLICT
          ? t('held.alreadyReviewed')
          : t('held.actionFailed'),
      );
    }
  };

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {post.thread.awaitingReview
            ? t('held.newThread', { title: post.thread.title })
            : t('held.replyIn', { title: post.thread.title })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('held.byline', {
            name: post.author.displayName,
            date: formatDateTime(post.createdAt, i18n.resolvedLanguage ?? 'en'),
          })}{' '}
          <Anchor component={Link} to={`/members/${post.author.handle}`}>
            @{post.author.handle}
          </Anchor>
        </Text>
        {/* The source, not the rendering: a moderator sees every link's real address. */}
        <Text
          component="pre"
          className="wo-held-body"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {post.body}
        </Text>
        {failure ? (
          <Alert role="alert" color="red" variant="light">
            {failure}
          </Alert>
        ) : null}
        {rejecting ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void act(
                () => reject({ variables: { id: post.id, reason: reason.trim() || null } }),
                t('held.rejected', { name: post.author.displayName }),
              );
            }}
          >
            <Stack gap="xs">
              <Textarea
                data-autofocus
                label={t('held.reason')}
                description={t('held.reasonHelp', { name: post.author.displayName })}
                value={reason}
                maxLength={2000}
                onChange={(event) => setReason(event.currentTarget.value)}
              />
              <Group>
                <Button type="submit" color="red.9" loading={rejectingNow}>
                  {t('held.confirmReject')}
                </Button>
                <Button variant="default" onClick={() => setRejecting(false)}>
                  {t('held.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button
              loading={approving}
              aria-label={t('held.approveLabel', { name: post.author.displayName })}
              onClick={() =>
                void act(
                  () => approve({ variables: { id: post.id } }),
                  t('held.approved', { name: post.author.displayName }),
                )
              }
            >
              {t('held.approve')}
            </Button>
            <Button
              variant="outline"
              color="red.9"
              aria-label={t('held.rejectLabel', { name: post.author.displayName })}
              onClick={() => setRejecting(true)}
            >
              {t('held.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** `/moderation/held-posts`: new members' first posts, oldest first, to publish or refuse. */
export function HeldPostsPage() {
  useDiscussionsTexts();
  const { t } = useTranslation('discussions');
  const viewer = useViewer();
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(heldPostsQuery, {
    skip: !viewer.moderator,
    fetchPolicy: 'cache-and-network',
  });
  const posts = data?.heldPosts.edges.map((e) => e.node) ?? [];
  const page = data?.heldPosts.pageInfo;

  return (
    <Container size="md">
      <Stack gap="lg">
        <PageHeading title={t('held.title')} />
        <Text>{t('held.intro')}</Text>
        <div role="status" aria-live="polite" className="wo-visually-hidden">
          {announcement}
        </div>
        {!viewer.loading && !viewer.moderator ? (
          <Alert color="gray">{t('held.moderatorsOnly')}</Alert>
        ) : null}
        {loading && !data ? <Loader role="status" aria-label={t('held.loading')} /> : null}
        {error && !data ? (
          <Alert role="alert" color="red">
            {t('held.loadFailed')}
          </Alert>
        ) : null}
        {data && posts.length === 0 ? <Text>{t('held.empty')}</Text> : null}
        {posts.map((post) => (
          <HeldPostCard
            key={post.id}
            post={post}
            onDone={(message) => {
              setAnnouncement(message);
              void refetch();
            }}
          />
        ))}
        {page?.hasNextPage ? (
          <Button
            variant="default"
            onClick={() => void fetchMore({ variables: { after: page.endCursor } })}
          >
            {t('held.loadMore')}
          </Button>
        ) : null}
      </Stack>
    </Container>
  );
}
