import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { errorCode, fieldErrors, type ReportTarget } from '@wide-open/web/data-access';
import { characterCount } from '@wide-open/web/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportContentMutation } from './report.documents';

/** The API's limits on a report's reason. */
export const REASON_LIMITS = { min: 5, max: 2000 } as const;

export interface ReportDialogProps {
  targetType: ReportTarget;
  targetId: string;
  opened: boolean;
  onClose: () => void;
  /** Called once the report is stored, with the dialog still showing its confirmation. */
  onReported?: () => void;
}

/**
 * Asks why, sends the report, then says it was sent. Field errors (ours or the API's) sit under
 * the field; anything else (already reported, gone, too many reports) above the form.
 */
export function ReportDialog({
  targetType,
  targetId,
  opened,
  onClose,
  onReported,
}: ReportDialogProps) {
  const { t } = useTranslation('reporting');
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [report, { loading }] = useMutation(reportContentMutation);
  const reasonId = useId();

  const validate = (text: string): string | undefined => {
    const count = characterCount(text);
    if (count === 0) return t('required');
    if (count < REASON_LIMITS.min) return t('tooShort', { min: REASON_LIMITS.min });
    if (count > REASON_LIMITS.max) return t('tooLong', { max: REASON_LIMITS.max });
    return undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = reason.trim();
    const problem = validate(text);
    setFieldError(problem);
    setFailure(null);
    if (problem) {
      document.getElementById(reasonId)?.focus();
      return;
    }
    try {
      await report({ variables: { input: { targetType, targetId, reason: text } } });
      setSent(true);
      onReported?.();
    } catch (error) {
      const fields = fieldErrors(error);
      const onField = fields['reason'] ?? fields['targetId'];
      if (fields['reason']) {
        setFieldError(fields['reason']);
        document.getElementById(reasonId)?.focus();
        return;
      }
      const code = errorCode(error);
      setFailure(
        onField ??
          (code && code in knownErrors ? t(`errors.${code as KnownError}`) : t('errors.generic')),
      );
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={sent ? t('sentTitle') : t(`title.${targetType}`)}
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      {sent ? (
        <Stack gap="md">
          <Alert role="status" color="teal" variant="light">
            {t('sent')}
          </Alert>
          <Group justify="flex-end">
            <Button data-autofocus color="teal.9" onClick={onClose}>
              {t('close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            <Text size="sm">{t('intro')}</Text>
            {failure ? (
              <Alert role="alert" color="red" variant="light">
                {failure}
              </Alert>
            ) : null}
            <Textarea
              id={reasonId}
              data-autofocus
              label={t('reason')}
              description={t('reasonHelp', REASON_LIMITS)}
              required
              autosize
              minRows={4}
              maxLength={REASON_LIMITS.max + 100}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={loading}>
                {t('submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

const knownErrors = {
  CONFLICT: true,
  NOT_FOUND: true,
  RATE_LIMITED: true,
  FORBIDDEN: true,
  UNAUTHENTICATED: true,
} as const;
type KnownError = keyof typeof knownErrors;
