import { useMutation } from '@apollo/client/react';
import { Button, Group, Text, Tooltip } from '@mantine/core';
import { type PostFieldsFragment } from '@wide-open/web/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reactMutation } from '../discussions.documents';
import { EmojiPicker } from './emoji-picker';

type Reaction = PostFieldsFragment['reactions'][number];

export interface ReactionBarProps {
  postId: string;
  reactions: Reaction[];
  /** ACTIVE members on posts that are not removed. */
  canReact: boolean;
}

/**
 * Each emoji is a toggle button (aria-pressed) with its count; who reacted shows in a tooltip
 * on hover, focus or touch, and is part of the button's name for screen readers.
 */
export function ReactionBar({ postId, reactions, canReact }: ReactionBarProps) {
  const { t } = useTranslation('discussions');
  const [react] = useMutation(reactMutation);
  const [failed, setFailed] = useState(false);

  const toggle = (emoji: string) => {
    setFailed(false);
    react({ variables: { postId, emoji } }).catch(() => setFailed(true));
  };

  const who = (reaction: Reaction) => {
    const names = reaction.members.map((m) => m.displayName).join(', ');
    const more = reaction.count - reaction.members.length;
    return t('reactions.who', {
      names: more > 0 ? t('reactions.andMore', { names, count: more }) : names,
    });
  };

  if (reactions.length === 0 && !canReact) return null;
  return (
    <Group gap={6} role="group" aria-label={t('reactions.label')}>
      {reactions.map((reaction) => (
        <Tooltip
          key={reaction.emoji}
          label={who(reaction)}
          withArrow
          events={{ hover: true, focus: true, touch: true }}
        >
          <Button
            size="compact-sm"
            variant={reaction.viewerReacted ? 'light' : 'default'}
            aria-pressed={reaction.viewerReacted}
            disabled={!canReact}
            aria-label={`${reaction.emoji} ${reaction.count}. ${who(reaction)}. ${
              reaction.viewerReacted ? t('reactions.undo') : t('reactions.react')
            }`}
            onClick={() => toggle(reaction.emoji)}
          >
            <span aria-hidden="true">
              {reaction.emoji} {reaction.count}
            </span>
          </Button>
        </Tooltip>
      ))}
      {canReact ? <EmojiPicker onPick={toggle} /> : null}
      {failed ? (
        <Text size="sm" c="red.9" role="alert">
          {t('post.actionFailed')}
        </Text>
      ) : null}
    </Group>
  );
}
