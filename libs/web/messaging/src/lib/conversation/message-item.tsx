import { Button, Group, Menu, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Limits } from '@wide-open/shared/contracts';
import { type MessageFieldsFragment } from '@wide-open/web/data-access';
import { ReportButton } from '@wide-open/web/moderation-report';
import { Markdown } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteMessageMutation, editMessageMutation } from '../messaging.documents';
import { formatMessageTime } from '../shared/format-time';

export interface MessageItemProps {
  message: MessageFieldsFragment;
  mine: boolean;
  /** Show the author's name (groups, and the first of a run in a pair). */
  showAuthor: boolean;
  /** "Seen" / "Seen by …" under this message, when someone stopped reading here. */
  seenText: string | null;
}

/** One stored message; its author may edit or remove it. */
export function MessageItem({ message, mine, showAuthor, seenText }: MessageItemProps) {
  const { t, i18n } = useTranslation('messaging');
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-remove'>('view');
  const [draft, setDraft] = useState(message.body);
  const [failed, setFailed] = useState(false);
  const [edit, editState] = useMutation(editMessageMutation);
  const [remove, removeState] = useMutation(deleteMessageMutation);
  const time = formatMessageTime(message.createdAt, i18n.language);

  const save = async () => {
    setFailed(false);
    try {
      await edit({ variables: { id: message.id, body: draft } });
      setMode('view');
    } catch {
      setFailed(true);
    }
  };
  const confirmRemove = async () => {
    setFailed(false);
    try {
      await remove({ variables: { id: message.id } });
      setMode('view');
    } catch {
      setFailed(true);
    }
  };

  return (
    <li className="wo-message" data-mine={mine || undefined}>
      {showAuthor ? (
        <Text size="xs" fw={700} c="gray.8">
          {mine ? t('conversation.you') : message.author.displayName}
        </Text>
      ) : null}
      {mode === 'edit' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Textarea
            label={t('conversation.editLabel')}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            maxLength={Limits.messaging.body}
            autosize
            minRows={2}
            data-autofocus
            autoFocus
          />
          <Group gap="xs" mt={4}>
            <Button type="submit" size="xs" loading={editState.loading} disabled={!draft.trim()}>
              {t('conversation.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setMode('view')}>
              {t('conversation.cancel')}
            </Button>
          </Group>
        </form>
      ) : (
        <div className="wo-bubble">
          {message.deleted ? (
            <Text fs="italic" size="sm">
              {t('conversation.removed')}
            </Text>
          ) : (
            <Markdown>{message.body}</Markdown>
          )}
        </div>
      )}
      <Group gap={6} className="wo-message-meta" justify={mine ? 'flex-end' : 'flex-start'}>
        <time dateTime={message.createdAt}>{time}</time>
        {message.editedAt && !message.deleted ? <span>· {t('conversation.edited')}</span> : null}
        {!mine && !message.deleted ? (
          <ReportButton
            targetType="MESSAGE"
            targetId={message.id}
            authorId={message.author.id}
            authorName={message.author.displayName}
            size="compact-xs"
          />
        ) : null}
        {mine && !message.deleted && mode === 'view' ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton
                aria-label={t('conversation.actionsFor', { time })}
                className="wo-message-meta"
                px={4}
              >
                …
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                onClick={() => {
                  setDraft(message.body);
                  setMode('edit');
                }}
              >
                {t('conversation.edit')}
              </Menu.Item>
              <Menu.Item color="red.8" onClick={() => setMode('confirm-remove')}>
                {t('conversation.remove')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {mode === 'confirm-remove' ? (
        <div role="group" aria-label={t('conversation.remove')}>
          <Text size="sm">{t('conversation.removeConfirm')}</Text>
          <Group gap="xs" mt={4}>
            <Button
              size="xs"
              color="red.8"
              loading={removeState.loading}
              onClick={() => void confirmRemove()}
              autoFocus
            >
              {t('conversation.remove')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setMode('view')}>
              {t('conversation.cancel')}
            </Button>
          </Group>
        </div>
      ) : null}
      {failed ? (
        <Text size="sm" c="red.8" role="alert">
          {t('conversation.actionFailed')}
        </Text>
      ) : null}
      {seenText ? (
        <Text className="wo-message-meta" ta={mine ? 'right' : 'left'}>
          {seenText}
        </Text>
      ) : null}
    </li>
  );
}
