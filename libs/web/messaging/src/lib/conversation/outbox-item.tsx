import { Button, Group, Text } from '@mantine/core';
import { Markdown } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { type OutboxEntry } from '../outbox/outbox';
import { failureText } from '../shared/failure-text';

export interface OutboxItemProps {
  entry: OutboxEntry;
  onRetry: (clientMessageId: string) => void;
  onDiscard: (clientMessageId: string) => void;
}

/** A message not yet stored: "sending…", or "Not sent" with the reason and Retry. */
export function OutboxItem({ entry, onRetry, onDiscard }: OutboxItemProps) {
  const { t } = useTranslation('messaging');
  const failed = entry.status === 'failed';
  return (
    <li className="wo-message" data-mine data-failed={failed || undefined}>
      <div className="wo-bubble">
        <Markdown>{entry.body}</Markdown>
      </div>
      {failed ? (
        <div>
          <Text size="sm" c="red.8" ta="right">
            {t('conversation.failed')} · {failureText(entry.error, t)}
          </Text>
          <Group gap="xs" justify="flex-end" mt={4}>
            <Button size="xs" onClick={() => onRetry(entry.clientMessageId)}>
              {t('conversation.retry')}
            </Button>
            <Button size="xs" variant="default" onClick={() => onDiscard(entry.clientMessageId)}>
              {t('conversation.discard')}
            </Button>
          </Group>
        </div>
      ) : (
        <Text className="wo-message-meta" ta="right">
          {t('conversation.sending')}
        </Text>
      )}
    </li>
  );
}
