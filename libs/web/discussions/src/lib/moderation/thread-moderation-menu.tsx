import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Menu, Modal, NativeSelect, Stack } from '@mantine/core';
import { type ThreadQuery } from '@wide-open/web/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { categoriesQuery } from '../discussions.documents';
import {
  hideThreadMutation,
  lockThreadMutation,
  moveThreadMutation,
  pinThreadMutation,
  unhideThreadMutation,
  unlockThreadMutation,
  unpinThreadMutation,
} from './moderation.documents';

type Thread = NonNullable<ThreadQuery['thread']>;

/** Pin, lock, hide or move a thread: moderators only (the API refuses everyone else). */
export function ThreadModerationMenu({
  thread,
  announce,
}: {
  thread: Thread;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation('discussions');
  const [moving, setMoving] = useState(false);
  const [categoryId, setCategoryId] = useState(thread.category.id);
  const { data: categories } = useQuery(categoriesQuery, { skip: !moving });
  const variables = { variables: { id: thread.id } };
  const [pin] = useMutation(pinThreadMutation, variables);
  const [unpin] = useMutation(unpinThreadMutation, variables);
  const [lock] = useMutation(lockThreadMutation, variables);
  const [unlock] = useMutation(unlockThreadMutation, variables);
  const [hide] = useMutation(hideThreadMutation, variables);
  const [unhide] = useMutation(unhideThreadMutation, variables);
  const [move] = useMutation(moveThreadMutation);

  const run = async (label: string, action: () => Promise<unknown>) => {
    try {
      await action();
      announce(t('moderation.done', { action: label }));
    } catch {
      announce(t('moderation.failed'));
    }
  };

  const items: { label: string; action: () => Promise<unknown> }[] = [
    thread.pinned
      ? { label: t('moderation.unpin'), action: () => unpin() }
      : { label: t('moderation.pin'), action: () => pin() },
    thread.locked
      ? { label: t('moderation.unlock'), action: () => unlock() }
      : { label: t('moderation.lock'), action: () => lock() },
    thread.hidden
      ? { label: t('moderation.unhide'), action: () => unhide() }
      : { label: t('moderation.hide'), action: () => hide() },
  ];

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="outline" size="compact-md" aria-label={t('moderation.threadMenu')}>
            {t('moderation.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {items.map((item) => (
            <Menu.Item key={item.label} onClick={() => void run(item.label, item.action)}>
              {item.label}
            </Menu.Item>
          ))}
          <Menu.Item onClick={() => setMoving(true)}>{t('moderation.move')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={moving}
        onClose={() => setMoving(false)}
        title={t('moderation.moveTitle')}
        closeButtonProps={{ 'aria-label': t('moderation.cancel') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setMoving(false);
            void run(t('moderation.move'), () =>
              move({ variables: { id: thread.id, categoryId } }),
            );
          }}
        >
          <Stack>
            <NativeSelect
              data-autofocus
              label={t('list.category')}
              value={categoryId}
              onChange={(event) => setCategoryId(event.currentTarget.value)}
              data={(categories?.categories ?? [thread.category]).map((c) => ({
                value: c.id,
                label: c.name,
              }))}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setMoving(false)}>
                {t('moderation.cancel')}
              </Button>
              <Button type="submit">{t('moderation.moveConfirm')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
