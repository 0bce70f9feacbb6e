import '../messaging.css';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, type SessionMember, useSocketEvent } from '@wide-open/web/data-access';
import { LiveRegion, PageHeading, PageLoader } from '@wide-open/web/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { mergeMessages } from '../cache/message-order';
import { useMessagingResources } from '../i18n/use-messaging-resources.hook';
import { blockedMemberIdsQuery, conversationQuery } from '../messaging.documents';
import { newClientMessageId } from '../outbox/client-message-id';
import { discard, enqueue, retry, visibleEntries } from '../outbox/outbox';
import { useOutbox } from '../outbox/use-outbox.hook';
import { ConnectionBanner } from '../shared/connection-banner';
import { conversationName, otherParticipants } from '../shared/conversation-name';
import { Composer } from './composer';
import { ConversationMenu } from './conversation-menu';
import { MessageList } from './message-list';
import { seenByMessage } from './read-marks';
import { TypingIndicator } from './typing-indicator';
import { useMarkRead } from './use-mark-read.hook';
import { useTypingMembers } from './use-typing-members.hook';
import { useWatchConversation } from './use-watch-conversation.hook';

const PAGE = 30;

/** `/messages/:conversationId`: the history, live updates, typing, read marks and the composer. */
export function ConversationPage({ member }: { member: SessionMember }) {
  useMessagingResources();
  const { conversationId = '' } = useParams();
  return <ConversationView key={conversationId} conversationId={conversationId} viewer={member} />;
}

export function ConversationView({
  conversationId,
  viewer,
}: {
  conversationId: string;
  viewer: SessionMember;
}) {
  const { t } = useTranslation('messaging');
  const { data, loading, error, fetchMore } = useQuery(conversationQuery, {
    variables: { id: conversationId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const blockedQuery = useQuery(blockedMemberIdsQuery);
  const { outbox, store } = useOutbox();
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [end, setEnd] = useState<HTMLDivElement | null>(null);
  const conversation = data?.conversation ?? null;

  const messages = useMemo(
    () => mergeMessages((conversation?.messages.edges ?? []).map((e) => e.node)),
    [conversation],
  );
  const pending = useMemo(
    () => visibleEntries(outbox, conversationId, new Set(messages.map((m) => m.clientMessageId))),
    [outbox, conversationId, messages],
  );
  const participants = useMemo(
    () => new Map((conversation?.participants ?? []).map((p) => [p.id, p])),
    [conversation],
  );
  const seen = useMemo(
    () =>
      seenByMessage(
        messages,
        (conversation?.readMarks ?? []).map((m) => ({
          memberId: m.member.id,
          messageId: m.messageId ?? null,
        })),
        viewer.id,
      ),
    [messages, conversation, viewer.id],
  );
  const typingNames = useTypingMembers(conversationId, viewer.id).map(
    (id) => participants.get(id)?.displayName ?? '',
  );
  const newest = messages.at(-1) ?? null;
  const myMark = conversation?.readMarks.find((m) => m.member.id === viewer.id)?.messageId ?? null;
  // Sending moves one's own mark on the server already: only others' messages need a call.
  const newestFromOthers = newest && newest.author.id !== viewer.id ? newest.id : null;
  useMarkRead(conversationId, newestFromOthers, myMark, end);
  useWatchConversation(conversationId);

  useSocketEvent('message:new', (message) => {
    if (message.conversationId !== conversationId || message.author.id === viewer.id) return;
    setAnnouncement(
      t('conversation.newMessageAnnounce', {
        name: message.author.displayName,
        text: message.body,
      }),
    );
  });

  if (!data && loading) return <PageLoader />;
  if (!conversation) {
    const notFound = errorCode(error) === ErrorCode.NOT_FOUND || (!!data && !error);
    return (
      <Stack>
        <Anchor component={Link} to="/messages">
          {t('conversation.back')}
        </Anchor>
        <PageHeading title={t('inbox.title')} />
        <Alert color="red" role="alert">
          {notFound ? t('conversation.notFound') : t('conversation.error')}
        </Alert>
      </Stack>
    );
  }

  const name = conversationName(conversation, viewer.id, t);
  const others = otherParticipants(conversation.participants, viewer.id);
  const other = !conversation.isGroup ? (others[0] ?? null) : null;
  const blocked = !!other && (blockedQuery.data?.blockedMemberIds ?? []).includes(other.id);
  const pageInfo = conversation.messages.pageInfo;

  const loadEarlier = () => {
    if (!pageInfo.hasNextPage || loadingEarlier) return;
    setLoadingEarlier(true);
    void fetchMore({
      variables: { id: conversationId, first: PAGE, after: pageInfo.endCursor },
    }).finally(() => setLoadingEarlier(false));
  };
  const seenText = (messageId: string) => {
    const ids = seen.get(messageId);
    if (!ids?.length) return null;
    if (!conversation.isGroup) return t('conversation.seen');
    const names = ids.map((id) => participants.get(id)?.displayName).filter(Boolean);
    return t('conversation.seenBy', { names: names.join(', ') });
  };

  return (
    <div className="wo-conversation">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to="/messages" size="sm">
              {t('conversation.back')}
            </Anchor>
            <PageHeading title={name} size="h2" style={{ overflowWrap: 'anywhere' }} />
          </Stack>
          <ConversationMenu
            conversation={conversation}
            viewerId={viewer.id}
            other={other}
            blocked={blocked}
            onDone={setAnnouncement}
          />
        </Group>
        {conversation.isGroup ? (
          <Text size="sm" c="gray.7">
            {t('conversation.participants', {
              names: conversation.participants.map((p) => p.displayName).join(', '),
            })}
          </Text>
        ) : null}
      </Stack>
      <ConnectionBanner />
      <MessageList
        messages={messages}
        pending={pending}
        viewerId={viewer.id}
        isGroup={conversation.isGroup}
        seenText={seenText}
        hasEarlier={pageInfo.hasNextPage}
        loadingEarlier={loadingEarlier}
        onLoadEarlier={loadEarlier}
        onRetry={(id) => store.update((o) => retry(o, id))}
        onDiscard={(id) => store.update((o) => discard(o, id))}
        endRef={setEnd}
      />
      <TypingIndicator names={typingNames.filter(Boolean)} />
      {blocked && other ? (
        <Alert color="orange">{t('conversation.blocked', { name: other.displayName })}</Alert>
      ) : (
        <Composer
          conversationId={conversationId}
          label={t('conversation.messageTo', { name })}
          onSend={(body) =>
            store.update((o) =>
              enqueue(o, {
                clientMessageId: newClientMessageId(),
                conversationId,
                body,
                createdAt: new Date().toISOString(),
              }),
            )
          }
        />
      )}
      <LiveRegion message={announcement} />
    </div>
  );
}
