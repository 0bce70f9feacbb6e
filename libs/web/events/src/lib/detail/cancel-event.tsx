import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelEventMutation } from '../events.documents';

/**
 * The organizer's (or a moderator's) cancel button, confirmed in a dialog; in a series, the
 * following occurrences can go too.
 */
export function CancelEvent({
  eventId,
  inSeries,
  onCancelled,
}: {
  eventId: string;
  inSeries: boolean;
  onCancelled: () => void;
}) {
  const { t } = useTranslation('events');
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const [andFollowing, setAndFollowing] = useState(false);
  const [cancelEvent, { loading }] = useMutation(cancelEventMutation);

  const confirm = async () => {
    setFailed(false);
    try {
      await cancelEvent({ variables: { id: eventId, andFollowing } });
      setOpen(false);
      onCancelled();
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <Button
        color="red.9"
        variant="outline"
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('cancel.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('cancel.title')}>
        <Stack gap="md">
          <Text>{t('cancel.body')}</Text>
          {inSeries ? (
            <Checkbox
              label={t('cancel.andFollowing')}
              checked={andFollowing}
              onChange={(event) => setAndFollowing(event.currentTarget.checked)}
            />
          ) : null}
          {failed ? (
            <Alert color="red" role="alert">
              {t('cancel.failed')}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('cancel.keep')}
            </Button>
            <Button color="red.9" loading={loading} onClick={() => void confirm()}>
              {t('cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
