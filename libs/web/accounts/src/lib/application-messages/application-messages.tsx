import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { characterCount } from '@wide-open/web/ui';
import { fieldErrors, useSocketEvent } from '@wide-open/web/data-access';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationMessagesQuery, sendApplicationMessageMutation } from '../accounts.documents';

export interface ApplicationMessagesProps {
  /** Set by moderators; left out on the applicant's own page. */
  applicantId?: string;
  /** Who reads: the wording differs ("the moderation team" vs the applicant's name). */
  viewer: 'moderator' | 'applicant';
  applicantName: string;
}

/**
 * The exchange between the moderation team and an applicant before the decision. Moderators see
 * new messages live (`application:message`); applicants' pages poll.
 */
export function ApplicationMessages({
  applicantId,
  viewer,
  applicantName,
}: ApplicationMessagesProps) {
  const { t, i18n } = useTranslation('accounts');
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(applicationMessagesQuery, {
    variables: { applicantId },
    fetchPolicy: 'cache-and-network',
    // Applicants have no socket (only ACTIVE members connect): a slow poll keeps them current.
    pollInterval: viewer === 'applicant' ? 30_000 : 0,
  });
  useSocketEvent('application:message', (payload) => {
    if (!applicantId || payload.applicantId === applicantId) void refetch();
  });
  const [send, { loading: sending }] = useMutation(sendApplicationMessageMutation);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);

  const messages = data?.applicationMessages.edges.map((e) => e.node) ?? [];
  const canWrite = viewer === 'moderator' || messages.some((m) => m.fromModerationTeam);
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const count = characterCount(body.trim());
    const invalid =
      count === 0
        ? t('validation.required')
        : count > Limits.applicationMessage.max
          ? t('validation.tooLong', { max: Limits.applicationMessage.max })
          : undefined;
    setProblem(invalid);
    setFailure(null);
    if (invalid) return;
    try {
      await send({ variables: { applicantId, body: body.trim() } });
      setBody('');
      await refetch();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields['body']) setProblem(fields['body']);
      else setFailure(t('applicationMessages.failed'));
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={viewer === 'moderator' ? 3 : 2} size="h4" id={headingId}>
          {viewer === 'moderator'
            ? t('applicationMessages.moderatorTitle', { name: applicantName })
            : t('applicationMessages.applicantTitle')}
        </Title>
        {loading && !data ? (
          <Loader role="status" size="sm" aria-label={t('applicationMessages.loading')} />
        ) : null}
        {error && !data ? (
          <Alert color="red" variant="light" role="alert">
            {t('applicationMessages.loadFailed')}
          </Alert>
        ) : null}
        {messages.length === 0 && data ? (
          <Text size="sm" c="dimmed">
            {viewer === 'moderator'
              ? t('applicationMessages.emptyModerator', { name: applicantName })
              : t('applicationMessages.emptyApplicant')}
          </Text>
        ) : null}
        <ol
          aria-live="polite"
          aria-relevant="additions"
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}
        >
          {messages.map((m) => (
            <li key={m.id}>
              <Text size="sm" fw={600}>
                {m.fromModerationTeam
                  ? t('applicationMessages.fromTeam', { name: m.author.displayName })
                  : applicantName}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  <time dateTime={m.createdAt}>{when.format(new Date(m.createdAt))}</time>
                </Text>
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {m.body}
              </Text>
            </li>
          ))}
        </ol>
        {canWrite ? (
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Stack gap="xs">
              {failure ? (
                <Alert role="alert" color="red" variant="light">
                  {failure}
                </Alert>
              ) : null}
              <Textarea
                label={
                  viewer === 'moderator'
                    ? t('applicationMessages.writeTo', { name: applicantName })
                    : t('applicationMessages.answer')
                }
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                error={problem}
                autosize
                minRows={2}
                maxRows={8}
              />
              <Button type="submit" loading={sending} style={{ alignSelf: 'flex-start' }}>
                {t('applicationMessages.send')}
              </Button>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}
