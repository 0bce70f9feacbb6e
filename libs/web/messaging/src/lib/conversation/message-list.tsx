import { Button, Center, Text } from '@mantine/core';
import { type MessageFieldsFragment } from '@wide-open/web/data-access';
import { type Ref, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutboxEntry } from '../outbox/outbox';
import { MessageItem } from './message-item';
import { OutboxItem } from './outbox-item';

export interface MessageListProps {
  /** Stored messages, oldest first, without duplicates. */
  messages: MessageFieldsFragment[];
  /** This conversation's unacknowledged messages, after the stored ones. */
  pending: OutboxEntry[];
  viewerId: string;
  isGroup: boolean;
  /** message id → the text to show under it ("Seen", "Seen by Marco"). */
  seenText: (messageId: string) => string | null;
  hasEarlier: boolean;
  loadingEarlier: boolean;
  onLoadEarlier: () => void;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
  /** Placed after the newest message: when it is on screen, the conversation is read. */
  endRef: Ref<HTMLDivElement>;
}

const NEAR_BOTTOM_PX = 120;

/**
 * The history, oldest at the top. Scrolling up loads earlier pages (keeping the reader's place);
 * new messages scroll into view only if the reader was already at the bottom.
 */
export function MessageList(props: MessageListProps) {
  const { messages, pending, viewerId, isGroup, hasEarlier, loadingEarlier, onLoadEarlier } = props;
  const { seenText, onRetry, onDiscard, endRef } = props;
  const { t } = useTranslation('messaging');
  const scrollerRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const atBottomRef = useRef(true);
  const previous = useRef<{ firstId: string | null; height: number }>({ firstId: null, height: 0 });
  const firstId = messages[0]?.id ?? null;
  const lastKey = `${messages.at(-1)?.id ?? ''}:${pending.length}`;

  // Earlier messages were prepended: keep the same messages under the reader's eyes.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const before = previous.current;
    if (before.firstId && firstId && firstId < before.firstId && !atBottomRef.current) {
      scroller.scrollTop += scroller.scrollHeight - before.height;
    }
    previous.current = { firstId, height: scroller.scrollHeight };
  }, [firstId]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller && atBottomRef.current) scroller.scrollTop = scroller.scrollHeight;
    if (scroller) previous.current.height = scroller.scrollHeight;
  }, [lastKey]);

  const loadRef = useRef(onLoadEarlier);
  useEffect(() => {
    loadRef.current = onLoadEarlier;
  });
  useEffect(() => {
    const top = topRef.current;
    if (!top || !hasEarlier || loadingEarlier || typeof IntersectionObserver === 'undefined') {
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !atBottomRef.current) loadRef.current();
    });
    observer.observe(top);
    return () => observer.disconnect();
  }, [hasEarlier, loadingEarlier]);

  return (
    <div
      ref={scrollerRef}
      className="wo-message-scroller"
      tabIndex={0}
      role="region"
      aria-label={t('conversation.history')}
      onScroll={(event) => {
        const el = event.currentTarget;
        atBottomRef.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
      }}
    >
      <div ref={topRef}>
        {hasEarlier ? (
          <Center>
            <Button variant="subtle" size="xs" loading={loadingEarlier} onClick={onLoadEarlier}>
              {t('conversation.loadEarlier')}
            </Button>
          </Center>
        ) : (
          <Text size="xs" c="gray.7" ta="center">
            {t('conversation.beginning')}
          </Text>
        )}
      </div>
      <ol className="wo-message-list">
        {messages.map((message, index) => {
          const mine = message.author.id === viewerId;
          const previousAuthor = messages[index - 1]?.author.id;
          return (
            <MessageItem
              key={message.id}
              message={message}
              mine={mine}
              showAuthor={(isGroup || !mine) && previousAuthor !== message.author.id}
              seenText={seenText(message.id)}
            />
          );
        })}
        {pending.map((entry) => (
          <OutboxItem
            key={entry.clientMessageId}
            entry={entry}
            onRetry={onRetry}
            onDiscard={onDiscard}
          />
        ))}
      </ol>
      <div ref={endRef} style={{ height: 1 }} />
    </div>
  );
}
