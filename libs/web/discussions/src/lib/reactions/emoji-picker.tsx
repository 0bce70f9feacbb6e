import { Button, Popover, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** A short, shared set: enough to acknowledge, thank or question without a full emoji keyboard. */
export const REACTION_EMOJIS = ['👍', '❤️', '🎉', '😄', '🤔', '🙏', '💡', '👀'] as const;

export function EmojiPicker({ onPick }: { onPick: (emoji: string) => void }) {
  const { t } = useTranslation('discussions');
  const [opened, { close, toggle }] = useDisclosure(false);
  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      trapFocus
      returnFocus
      withArrow
      position="bottom-start"
    >
      <Popover.Target>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={toggle}
          aria-expanded={opened}
          aria-label={t('reactions.add')}
        >
          <span aria-hidden="true">☺ +</span>
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <div role="group" aria-label={t('reactions.pick')} className="wo-emoji-grid">
          {REACTION_EMOJIS.map((emoji) => (
            <UnstyledButton
              key={emoji}
              className="wo-emoji-choice"
              onClick={() => {
                close();
                onPick(emoji);
              }}
            >
              {emoji}
            </UnstyledButton>
          ))}
        </div>
      </Popover.Dropdown>
    </Popover>
  );
}
