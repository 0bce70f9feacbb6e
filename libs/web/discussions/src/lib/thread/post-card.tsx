import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type PostFieldsFragment } from '@wide-open/web/data-access';
import { ReportButton } from '@wide-open/web/moderation-report';
import { Markdown } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePostMutation } from '../discussions.documents';
import { formatDateTime } from '../hooks/format-date';
import { type DiscussionViewer } from '../hooks/use-viewer.hook';
import { PostModerationMenu } from '../moderation/post-moderation-menu';
import { ReactionBar } from '../reactions/reaction-bar';
import { PostEditForm } from './post-edit-form';

export interface PostCardProps {
  post: PostFieldsFragment;
  viewer: DiscussionViewer;
  /** Replies are possible (the thread is not locked). */
  canReply: boolean;
  onQuote: (post: PostFieldsFragment) => void;
  announce: (message: string) => void;
}

function PostBody({ post, viewer }: { post: PostFieldsFragment; viewer: DiscussionViewer }) {
  const { t } = useTranslation('discussions');
  if (post.deleted) {
    return (
      <Text fs="italic" c="dimmed">
        {t('post.removed')}
      </Text>
    );
  }
  if (post.hidden && !post.body) {
    return (
      <Text fs="italic" c="dimmed">
        {t('post.hidden')}
      </Text>
    );
  }
  return (
    <>
      {post.awaitingReview ? (
        <Text size="sm" fw={700} c="teal.9">
          {t('post.awaitingReview')}
        </Text>
      ) : null}
      {post.hidden && viewer.moderator && !post.awaitingReview ? (
        <Text size="sm" fw={700} c="red.9">
          {t('post.hiddenForModerators')}
        </Text>
      ) : null}
      <Markdown>{post.body}</Markdown>
    </>
  );
}

/** One message: quote, body, reactions, and what the reader may do with it. */
export function PostCard({ post, viewer, canReply, onQuote, announce }: PostCardProps) {
  const { t, i18n } = useTranslation('discussions');
  const [editing, setEditing] = useState(false);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const [removePost, { loading: removing }] = useMutation(deletePostMutation);
  const language = i18n.resolvedLanguage ?? 'en';
  const own = viewer.member?.id === post.author.id;
  const bylineId = `post-${post.id}-by`;
  const date = formatDateTime(post.createdAt, language);

  const remove = async () => {
    try {
      await removePost({ variables: { id: post.id } });
      setConfirmingRemoval(false);
      announce(t('post.removedAnnounce'));
    } catch {
      announce(t('post.actionFailed'));
    }
  };

  return (
    <Paper
      component="article"
      id={`post-${post.id}`}
      aria-labelledby={bylineId}
      withBorder
      p="md"
      className="wo-post"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={700} id={bylineId}>
            {post.author.displayName}{' '}
            <Text span c="dimmed" fw={400} size="sm">
              @{post.author.handle}
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            <a href={`#post-${post.id}`} className="wo-post-date">
              <time dateTime={post.createdAt}>{date}</time>
            </a>
            {post.editedAt && !post.deleted ? ` · ${t('post.edited')}` : ''}
          </Text>
        </Group>
        {post.replyTo ? (
          <blockquote className="wo-quote">
            <Text size="sm" fw={600}>
              {t('post.quoted', { name: post.replyTo.author.displayName })}
            </Text>
            <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
              {post.replyTo.deleted ? t('post.removed') : post.replyTo.body}
            </Text>
          </blockquote>
        ) : null}
        {editing ? (
          <PostEditForm
            postId={post.id}
            body={post.body}
            onDone={(saved) => {
              setEditing(false);
              if (saved) announce(t('post.savedAnnounce'));
            }}
          />
        ) : (
          <PostBody post={post} viewer={viewer} />
        )}
        {post.researchConsent && !post.deleted ? (
          <Badge variant="outline" color="gray.8" tt="none" style={{ alignSelf: 'flex-start' }}>
            {t('post.researchConsent')}
          </Badge>
        ) : null}
        {viewer.moderator && post.revisions.length > 0 ? (
          <details>
            <summary>{t('post.earlierVersions', { count: post.revisions.length })}</summary>
            {post.revisions.map((revision) => (
              <Stack key={revision.replacedAt} gap={2} mt="xs">
                <Text size="sm" c="dimmed">
                  {t('post.replacedAt', { date: formatDateTime(revision.replacedAt, language) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {revision.body}
                </Text>
              </Stack>
            ))}
          </details>
        ) : null}
        <ReactionBar
          postId={post.id}
          reactions={post.reactions}
          canReact={viewer.active && !post.deleted}
        />
        {confirmingRemoval ? (
          <Group gap="xs" role="group" aria-label={t('post.removeLabel')}>
            <Text size="sm">{t('post.removeConfirm')}</Text>
            <Button
              size="compact-sm"
              color="red.9"
              loading={removing}
              onClick={() => void remove()}
            >
              {t('post.remove')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setConfirmingRemoval(false)}>
              {t('post.cancel')}
            </Button>
          </Group>
        ) : (
          <Group gap="xs">
            {canReply && viewer.active && !post.deleted ? (
              <Button
                size="compact-sm"
                variant="subtle"
                aria-label={t('post.quoteLabel', { name: post.author.displayName })}
                onClick={() => onQuote(post)}
              >
                {t('post.quote')}
              </Button>
            ) : null}
            {own && !post.deleted && !editing ? (
              <>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('post.editLabel')}
                  onClick={() => setEditing(true)}
                >
                  {t('post.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('post.removeLabel')}
                  onClick={() => setConfirmingRemoval(true)}
                >
                  {t('post.remove')}
                </Button>
              </>
            ) : null}
            {!post.deleted ? (
              <ReportButton
                targetType="POST"
                targetId={post.id}
                authorId={post.author.id}
                authorName={post.author.displayName}
              />
            ) : null}
            {viewer.moderator ? <PostModerationMenu post={post} announce={announce} /> : null}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
