import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "N new threads": the list does not jump under the reader's eyes; they choose when to show the
 * new ones. The button's text changes politely for screen readers through its live container.
 */
export function NewThreadsBanner({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation('discussions');
  return (
    <div aria-live="polite">
      {count > 0 ? (
        <Button variant="light" color="teal.9" onClick={onShow} fullWidth>
          {t('list.newThreads', { count })}
        </Button>
      ) : null}
    </div>
  );
}
