import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { characterCount } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Decision = 'approve' | 'reject';

export interface DecisionDialogProps {
  decision: Decision;
  name: string;
  opened: boolean;
  onClose: () => void;
  /** Resolves when saved; rejects with a message to show in the dialog. */
  onConfirm: (text: string) => Promise<void>;
}

/** Approve with an optional welcome message, or reject with a reason the applicant will read. */
export function DecisionDialog({
  decision,
  name,
  opened,
  onClose,
  onConfirm,
}: DecisionDialogProps) {
  const { t } = useTranslation('accounts');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const approving = decision === 'approve';
  const limits = approving ? { min: 0, max: Limits.decisionMessage.max } : Limits.rejectionReason;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const count = characterCount(text.trim());
    const problem =
      !approving && count === 0
        ? t('validation.required')
        : count < limits.min
          ? t('validation.tooShort', { min: limits.min })
          : count > limits.max
            ? t('validation.tooLong', { max: limits.max })
            : undefined;
    setError(problem);
    setFailure(null);
    if (problem) return;
    setBusy(true);
    try {
      await onConfirm(text.trim());
      setText('');
    } catch (e) {
      setFailure(e instanceof Error ? e.message : t('moderation.decisionFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(approving ? 'moderation.approveTitle' : 'moderation.rejectTitle', { name })}
      closeButtonProps={{ 'aria-label': t('moderation.cancel') }}
      returnFocus={false}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          {failure ? (
            <Alert role="alert" color="red" variant="light">
              {failure}
            </Alert>
          ) : null}
          <Textarea
            data-autofocus
            label={approving ? t('moderation.welcomeMessage') : t('moderation.reason')}
            description={
              approving
                ? t('moderation.welcomeHelp', { name })
                : t('moderation.reasonHelp', { name, min: Limits.rejectionReason.min })
            }
            required={!approving}
            autosize
            minRows={4}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('moderation.cancel')}
            </Button>
            <Button type="submit" color={approving ? 'teal.9' : 'red.9'} loading={busy}>
              {approving ? t('moderation.confirmApprove') : t('moderation.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
