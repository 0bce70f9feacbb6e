import { Alert, Button, Divider, Loader, Stack, Title } from '@mantine/core';
import { type PostFieldsFragment, type ThreadQuery } from '@wide-open/web/data-access';
import { Fragment, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReplyComposer, type QuotedPost } from '../composer/reply-composer';
import { type DiscussionViewer } from '../hooks/use-viewer.hook';
import { PostCard } from './post-card';
import { useThreadLive } from './use-thread-live.hook';
import { useThreadPosts } from './use-thread-posts.hook';

type Thread = NonNullable<ThreadQuery['thread']>;

export interface ThreadPostsProps {
  thread: Thread;
  viewer: DiscussionViewer;
  announce: (message: string) => void;
}

/** The messages of a thread for ACTIVE members, live, with the reply form below them. */
export function ThreadPosts({ thread, viewer, announce }: ThreadPostsProps) {
  const { t } = useTranslation('discussions');
  const headingId = useId();
  const composerRef = useRef<HTMLTextAreaElement | null>(null);
  // Where the reader left off, as it was when the page opened (reading resets the count).
  const [firstUnreadIndex] = useState(() =>
    thread.unreadCount > 0 ? thread.postsCount - thread.unreadCount : -1,
  );
  const [replyTo, setReplyTo] = useState<QuotedPost | null>(null);
  const [waiting, setWaiting] = useState(0);
  const { edges, pageInfo, loading, error, loadMore, loadNewer, refreshPost } = useThreadPosts(
    thread.id,
  );

  useThreadLive(thread.id, {
    onNewPost: (post) => {
      if (post.authorId === viewer.member?.id) return;
      announce(t('thread.newPostFrom', { name: post.author.displayName }));
      void loadNewer().then((appended) => {
        if (!appended) setWaiting((n) => n + 1);
      });
    },
    onPostChanged: ({ postId }) => void refreshPost(postId),
  });

  const quote = (post: PostFieldsFragment) => {
    setReplyTo({ id: post.id, authorName: post.author.displayName });
    composerRef.current?.focus();
  };

  const canReply = !thread.locked;
  return (
    <Stack gap="lg">
      <Stack component="section" aria-labelledby={headingId} gap="sm">
        <Title order={2} size="h3" id={headingId} className="wo-visually-hidden">
          {t('thread.posts')}
        </Title>
        {error && edges.length === 0 ? <Alert color="red">{t('post.actionFailed')}</Alert> : null}
        <Stack component="ol" gap="sm" className="wo-plain-list">
          {edges.map((edge, index) => (
            <Fragment key={edge.node.id}>
              {index === firstUnreadIndex && index > 0 ? (
                <li className="wo-unread-marker">
                  <Divider
                    label={t('thread.unreadMarker')}
                    labelPosition="center"
                    color="teal.9"
                    id="unread"
                  />
                </li>
              ) : null}
              <li>
                <PostCard
                  post={edge.node}
                  viewer={viewer}
                  canReply={canReply}
                  onQuote={quote}
                  announce={announce}
                />
              </li>
            </Fragment>
          ))}
        </Stack>
        {loading ? <Loader role="status" size="sm" aria-label={t('thread.loading')} /> : null}
        {pageInfo?.hasNextPage ? (
          <Button
            variant="outline"
            disabled={loading}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => {
              setWaiting(0);
              void loadMore();
            }}
          >
            {waiting > 0 ? t('thread.newPosts', { count: waiting }) : t('thread.loadMore')}
          </Button>
        ) : null}
      </Stack>
      {/* The reply box waits for the first messages: a reply sent before they arrived could be
          missing from them, and nothing would show it. */}
      {canReply && pageInfo ? (
        <ReplyComposer
          threadId={thread.id}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
          inputRef={composerRef}
          onPosted={() => {
            setReplyTo(null);
            announce(t('composer.sent'));
            void loadNewer();
          }}
        />
      ) : canReply ? null : (
        <Alert color="gray" variant="light">
          {t('thread.lockedNotice')}
        </Alert>
      )}
    </Stack>
  );
}
