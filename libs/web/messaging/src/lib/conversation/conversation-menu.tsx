import { Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Limits } from '@wide-open/shared/contracts';
import { type ConversationSummaryFragment } from '@wide-open/web/data-access';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Recipient, RecipientPicker } from '../compose/recipient-picker';
import {
  addConversationParticipantsMutation,
  blockedMemberIdsQuery,
  blockMemberMutation,
  conversationsQuery,
  leaveConversationMutation,
  renameConversationMutation,
  unblockMemberMutation,
} from '../messaging.documents';

type Dialog = 'rename' | 'add' | 'leave' | 'block' | null;

export interface ConversationMenuProps {
  conversation: ConversationSummaryFragment;
  viewerId: string;
  /** The other member of a pair (null in groups). */
  other: { id: string; displayName: string } | null;
  blocked: boolean;
  onDone: (message: string) => void;
}

/** Groups: rename, add members (creator), leave. Pairs: block or unblock the other member. */
export function ConversationMenu({
  conversation,
  viewerId,
  other,
  blocked,
  onDone,
}: ConversationMenuProps) {
  const { t } = useTranslation('messaging');
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [title, setTitle] = useState(conversation.title ?? '');
  const [adding, setAdding] = useState<Recipient[]>([]);
  const [failed, setFailed] = useState(false);
  const refetch = { refetchQueries: [blockedMemberIdsQuery], awaitRefetchQueries: true };
  const [rename, renameState] = useMutation(renameConversationMutation);
  const [add, addState] = useMutation(addConversationParticipantsMutation);
  const [leave, leaveState] = useMutation(leaveConversationMutation, {
    refetchQueries: [conversationsQuery],
  });
  const [block, blockState] = useMutation(blockMemberMutation, refetch);
  const [unblock] = useMutation(unblockMemberMutation, refetch);

  const close = () => {
    setDialog(null);
    setFailed(false);
  };
  const run = async (action: () => Promise<unknown>, done?: string) => {
    setFailed(false);
    try {
      await action();
      close();
      if (done) onDone(done);
    } catch {
      setFailed(true);
    }
  };
  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => rename({ variables: { id: conversation.id, title: title.trim() || null } }),
      t('conversation.renamed'),
    );
  };
  const submitAdd = (event: FormEvent) => {
    event.preventDefault();
    if (adding.length === 0) return;
    void run(
      () => add({ variables: { id: conversation.id, memberIds: adding.map((m) => m.id) } }),
      t('conversation.added'),
    );
  };
  const failure = failed ? (
    <Text c="red.8" size="sm" role="alert">
      {t('conversation.actionFailed')}
    </Text>
  ) : null;
  const room = Limits.messaging.groupSize - conversation.participants.length;

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" size="sm">
            {t('conversation.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {conversation.isGroup ? (
            <>
              <Menu.Item onClick={() => setDialog('rename')}>{t('conversation.rename')}</Menu.Item>
              {conversation.createdById === viewerId && room > 0 ? (
                <Menu.Item onClick={() => setDialog('add')}>{t('conversation.add')}</Menu.Item>
              ) : null}
              <Menu.Item color="red.8" onClick={() => setDialog('leave')}>
                {t('conversation.leave')}
              </Menu.Item>
            </>
          ) : other && blocked ? (
            <Menu.Item
              onClick={() => void run(() => unblock({ variables: { memberId: other.id } }))}
            >
              {t('conversation.unblock', { name: other.displayName })}
            </Menu.Item>
          ) : other ? (
            <Menu.Item color="red.8" onClick={() => setDialog('block')}>
              {t('conversation.block', { name: other.displayName })}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>

      <Modal opened={dialog === 'rename'} onClose={close} title={t('conversation.rename')}>
        <form onSubmit={submitRename}>
          <Stack>
            <TextInput
              label={t('conversation.renameLabel')}
              value={title}
              maxLength={Limits.messaging.title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              data-autofocus
            />
            {failure}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('conversation.cancel')}
              </Button>
              <Button type="submit" loading={renameState.loading}>
                {t('conversation.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={dialog === 'add'} onClose={close} title={t('conversation.add')}>
        <form onSubmit={submitAdd}>
          <Stack>
            <RecipientPicker
              id="add-members"
              label={t('conversation.add')}
              value={adding}
              onChange={setAdding}
              excludeIds={conversation.participants.map((p) => p.id)}
              max={room}
            />
            {failure}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('conversation.cancel')}
              </Button>
              <Button type="submit" loading={addState.loading} disabled={adding.length === 0}>
                {t('conversation.addSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={dialog === 'leave'} onClose={close} title={t('conversation.leave')}>
        <Stack>
          <Text>{t('conversation.leaveConfirm')}</Text>
          {failure}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('conversation.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={leaveState.loading}
              onClick={() =>
                void run(async () => {
                  await leave({ variables: { id: conversation.id } });
                  void navigate('/messages');
                })
              }
            >
              {t('conversation.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={dialog === 'block' && !!other}
        onClose={close}
        title={other ? t('conversation.block', { name: other.displayName }) : ''}
      >
        <Stack>
          <Text>{t('conversation.blockConfirm', { name: other?.displayName ?? '' })}</Text>
          {failure}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('conversation.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={blockState.loading}
              onClick={() => other && void run(() => block({ variables: { memberId: other.id } }))}
            >
              {t('conversation.block', { name: other?.displayName ?? '' })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
