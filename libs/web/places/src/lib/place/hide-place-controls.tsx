import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { LiveRegion } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hidePlaceMutation, unhidePlaceMutation } from '../place.documents';

/** Moderators hide a place (with a reason for its team) or show it again. */
export function HidePlaceControls({ place }: { place: { id: string; hidden: boolean } }) {
  const { t } = useTranslation('placePages');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [hide, { loading: hiding }] = useMutation(hidePlaceMutation);
  const [unhide, { loading: unhiding }] = useMutation(unhidePlaceMutation);

  const confirmHide = async () => {
    if (!reason.trim()) {
      setError(t('hide.reasonRequired'));
      return;
    }
    try {
      await hide({ variables: { id: place.id, reason: reason.trim() } });
      setOpen(false);
      setReason('');
      setError(null);
      setStatus(t('hide.hidden'));
    } catch {
      setError(t('hide.failed'));
    }
  };

  if (place.hidden) {
    return (
      <>
        <Button
          variant="outline"
          loading={unhiding}
          w="fit-content"
          onClick={() => {
            unhide({ variables: { id: place.id } }).then(
              () => setStatus(t('hide.unhidden')),
              () => setStatus(t('hide.failed')),
            );
          }}
        >
          {t('hide.unhide')}
        </Button>
        <LiveRegion message={status} />
      </>
    );
  }
  return (
    <Stack gap="xs">
      {open ? (
        <>
          <Textarea
            id="hide-reason"
            label={t('hide.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group gap="xs">
            <Button color="red.9" loading={hiding} onClick={() => void confirmHide()}>
              {t('hide.confirm')}
            </Button>
            <Button variant="subtle" onClick={() => setOpen(false)}>
              {t('hide.cancel')}
            </Button>
          </Group>
        </>
      ) : (
        <Button variant="outline" color="red.9" w="fit-content" onClick={() => setOpen(true)}>
          {t('hide.hide')}
        </Button>
      )}
      <LiveRegion message={status} />
    </Stack>
  );
}
