import { Button, Group, Text, Textarea } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { RealtimeContext } from '@wide-open/web/data-access';
import { type FormEvent, type KeyboardEvent, useContext, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The server lets one `typing` through every 2 s; sending more often would be wasted. */
export const TYPING_THROTTLE_MS = 2_000;

export interface ComposerProps {
  conversationId: string;
  label: string;
  onSend: (body: string) => void;
}

/**
 * Writes a message. Sending never waits for the network: the message goes to the outbox and
 * the field is free again at once. Enter sends, Shift+Enter starts a new line.
 */
export function Composer({ conversationId, label, onSend }: ComposerProps) {
  const { t } = useTranslation('messaging');
  const socket = useContext(RealtimeContext);
  const [body, setBody] = useState('');
  const lastTyping = useRef(0);
  const tooLong = body.length > Limits.messaging.body;

  const signalTyping = () => {
    const now = Date.now();
    if (!socket?.connected || now - lastTyping.current < TYPING_THROTTLE_MS) return;
    lastTyping.current = now;
    // Volatile: a typing signal that cannot go now is worthless later.
    socket.volatile.emit('typing', { conversationId }, () => undefined);
  };
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim()) return;
    onSend(body);
    setBody('');
    lastTyping.current = 0;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) send(event);
  };

  return (
    <form onSubmit={send}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Textarea
          id="message-body"
          label={label}
          description={t('conversation.hint')}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            signalTyping();
          }}
          onKeyDown={onKeyDown}
          autosize
          minRows={1}
          maxRows={6}
          style={{ flex: 1 }}
          error={tooLong ? t('compose.tooLong', { max: Limits.messaging.body }) : undefined}
        />
        <Button type="submit" disabled={!body.trim()}>
          {t('conversation.send')}
        </Button>
      </Group>
      {body.length > Limits.messaging.body * 0.9 ? (
        <Text size="xs" c="gray.7" aria-live="polite">
          {body.length} / {Limits.messaging.body}
        </Text>
      ) : null}
    </form>
  );
}
