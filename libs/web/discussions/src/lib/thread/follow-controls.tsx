import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  followThreadMutation,
  muteThreadMutation,
  unfollowThreadMutation,
} from '../discussions.documents';

export interface FollowControlsProps {
  threadId: string;
  follows: boolean;
  muted: boolean;
}

/** Two toggles (follow, mute) that exclude each other, and a sentence saying what they mean. */
export function FollowControls({ threadId, follows, muted }: FollowControlsProps) {
  const { t } = useTranslation('discussions');
  const options = { variables: { id: threadId } };
  const [follow, { loading: a }] = useMutation(followThreadMutation, options);
  const [mute, { loading: b }] = useMutation(muteThreadMutation, options);
  const [unfollow, { loading: c }] = useMutation(unfollowThreadMutation, options);
  const busy = a || b || c;
  const run = (action: () => Promise<unknown>) => void action().catch(() => undefined);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          size="compact-md"
          variant={follows ? 'filled' : 'outline'}
          aria-pressed={follows}
          disabled={busy}
          onClick={() => run(() => (follows ? unfollow() : follow()))}
        >
          {t('thread.follow')}
        </Button>
        <Button
          size="compact-md"
          variant={muted ? 'filled' : 'outline'}
          aria-pressed={muted}
          disabled={busy}
          onClick={() => run(() => (muted ? unfollow() : mute()))}
        >
          {t('thread.mute')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {follows ? t('thread.following') : muted ? t('thread.muted') : t('thread.notFollowing')}
      </Text>
    </Stack>
  );
}
