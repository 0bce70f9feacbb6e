import { useTranslation } from 'react-i18next';

/** "Marco is typing…": polite, so it never interrupts a screen reader. */
export function TypingIndicator({ names }: { names: string[] }) {
  const { t } = useTranslation('messaging');
  const text =
    names.length === 0
      ? ''
      : names.length === 1
        ? t('conversation.typing', { name: names[0] })
        : t('conversation.typingMany');
  return (
    <div className="wo-typing" aria-live="polite">
      {text}
    </div>
  );
}
