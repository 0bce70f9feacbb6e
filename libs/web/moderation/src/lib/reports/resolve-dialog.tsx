import { Alert, Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { type ReportAction } from '@wide-open/web/data-access';
import { characterCount } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

const NOTE_MAX = 2000;

export const SUSPENSION_PERIODS = ['day', 'week', 'month', 'permanent'] as const;
export type SuspensionPeriod = (typeof SUSPENSION_PERIODS)[number];
const periodDays: Record<SuspensionPeriod, number | null> = {
  day: 1,
  week: 7,
  month: 30,
  permanent: null,
};

/** The end of a suspension that starts now, or null when it lasts until lifted. */
export function suspensionEnd(period: SuspensionPeriod, now = Date.now()): string | null {
  const days = periodDays[period];
  return days === null ? null : new Date(now + days * 86_400_000).toISOString();
}

export interface Resolution {
  note: string | null;
  until: string | null;
}

export interface ResolveDialogProps {
  action: ReportAction;
  name: string;
  onClose: () => void;
  /** Resolves when saved; rejects with a message to show in the dialog. */
  onConfirm: (resolution: Resolution) => Promise<void>;
}

/** A decision on a report with its note (required when the author will read it). */
export function ResolveDialog({ action, name, onClose, onConfirm }: ResolveDialogProps) {
  const { t } = useTranslation('moderation');
  const [note, setNote] = useState('');
  const [period, setPeriod] = useState<SuspensionPeriod>('week');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteRequired = action !== 'DISMISS';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = note.trim();
    const count = characterCount(text);
    const problem =
      noteRequired && count === 0
        ? t('reports.noteRequired')
        : count > NOTE_MAX
          ? t('reports.noteTooLong', { max: NOTE_MAX })
          : undefined;
    setError(problem);
    setFailure(null);
    if (problem) return;
    setBusy(true);
    try {
      await onConfirm({
        note: text || null,
        until: action === 'SUSPEND_MEMBER' ? suspensionEnd(period) : null,
      });
    } catch (e) {
      setFailure(e instanceof Error ? e.message : t('reports.failed'));
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`reports.dialogTitle.${action}`, { name })}
      closeButtonProps={{ 'aria-label': t('reports.cancel') }}
      returnFocus={false}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          {failure ? (
            <Alert role="alert" color="red" variant="light">
              {failure}
            </Alert>
          ) : null}
          {action === 'SUSPEND_MEMBER' ? (
            <Radio.Group
              label={t('reports.period')}
              value={period}
              onChange={(value) => setPeriod(value)}
            >
              <Stack gap="xs" mt="xs">
                {SUSPENSION_PERIODS.map((p) => (
                  <Radio key={p} value={p} label={t(`reports.periods.${p}`)} />
                ))}
              </Stack>
            </Radio.Group>
          ) : null}
          <Textarea
            data-autofocus
            label={t('reports.note')}
            description={t(`reports.noteHelp.${action}`)}
            required={noteRequired}
            autosize
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('reports.cancel')}
            </Button>
            <Button type="submit" color={action === 'DISMISS' ? 'teal.9' : 'red.9'} loading={busy}>
              {t(`reports.confirm.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
