import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from './use-connection-state.hook';

/** Says when messages cannot go out right now, and that they are kept meanwhile. */
export function ConnectionBanner() {
  const { t } = useTranslation('messaging');
  const state = useConnectionState();
  // Always mounted (role=status) so the change is announced, not only shown.
  return (
    <div role="status">
      {state === 'online' ? null : (
        <Alert color={state === 'offline' ? 'orange' : 'gray'} variant="light">
          {state === 'offline' ? t('connection.offline') : t('connection.reconnecting')}
        </Alert>
      )}
    </div>
  );
}
