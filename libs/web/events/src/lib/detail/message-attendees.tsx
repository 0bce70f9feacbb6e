import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Textarea, Title } from '@mantine/core';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors } from '@wide-open/web/data-access';
import { characterCount } from '@wide-open/web/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageAttendeesMutation } from '../events.documents';

const MAX = 2_000;

/** The organizer writes to everyone coming (seated, waiting, maybe): a notification each. */
export function MessageAttendees({ eventId }: { eventId: string }) {
  const { t } = useTranslation('events');
  const headingId = useId();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [send, { loading }] = useMutation(messageAttendeesMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    const text = message.trim();
    if (!text) return setError(t('message.required'));
    if (characterCount(text) > MAX) return setError(t('message.tooLong', { max: MAX }));
    setError(null);
    try {
      const result = await send({ variables: { id: eventId, message: text } });
      setSent(result.data?.messageEventAttendees ?? 0);
      setMessage('');
    } catch (failure) {
      const code = errorCode(failure);
      setError(
        code === ErrorCode.RATE_LIMITED
          ? t('message.limited')
          : code === ErrorCode.BAD_USER_INPUT
            ? (fieldErrors(failure)['message'] ?? t('message.failed'))
            : t('message.failed'),
      );
    }
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('message.title')}
      </Title>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Textarea
            id="attendee-message"
            label={t('message.label')}
            description={t('message.help', { count: characterCount(message), max: MAX })}
            autosize
            minRows={3}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={error}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('message.send')}
          </Button>
          {sent !== null ? (
            <Alert color="green" role="status">
              {t('message.sent', { count: sent })}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Stack>
  );
}
