import '../messaging.css';
import { Anchor, Button, Container, Stack, Textarea, TextInput } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Limits } from '@wide-open/shared/contracts';
import { type SessionMember } from '@wide-open/web/data-access';
import { FormErrorSummary, PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { writeMessage } from '../cache/message-cache';
import { useMessagingResources } from '../i18n/use-messaging-resources.hook';
import {
  conversationsQuery,
  messageRecipientQuery,
  renameConversationMutation,
} from '../messaging.documents';
import { newClientMessageId } from '../outbox/client-message-id';
import { ConnectionBanner } from '../shared/connection-banner';
import { failureText } from '../shared/failure-text';
import { type Recipient, RecipientPicker } from './recipient-picker';
import { useSendNow } from './use-send-now.hook';

type Errors = Partial<Record<'recipients' | 'body', string>>;

/**
 * `/messages/new` (`?to=<handle>` preselects someone): the first message creates the
 * conversation, or continues the existing one for a pair. The clientMessageId is chosen once
 * per draft, so pressing Send again after a lost answer cannot post twice.
 */
export function NewConversationPage({ member }: { member: SessionMember }) {
  useMessagingResources();
  const { t } = useTranslation('messaging');
  const navigate = useNavigate();
  const client = useApolloClient();
  const sendNow = useSendNow();
  const [params] = useSearchParams();
  const toHandle = params.get('to');
  // Null until the person changes the list: until then, the `?to=` member is preselected.
  const [chosen, setRecipients] = useState<Recipient[] | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [clientMessageId, setClientMessageId] = useState(newClientMessageId);
  const [rename] = useMutation(renameConversationMutation);
  const preset = useQuery(messageRecipientQuery, {
    variables: { handle: toHandle ?? '' },
    skip: !toHandle,
  });
  const presetMember = preset.data?.member;
  const recipients =
    chosen ?? (presetMember && presetMember.id !== member.id ? [presetMember] : []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (recipients.length === 0) found.recipients = t('compose.noRecipient');
    if (!body.trim()) found.body = t('compose.emptyBody');
    else if (body.length > Limits.messaging.body)
      found.body = t('compose.tooLong', { max: Limits.messaging.body });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    const result = await sendNow({
      recipientIds: recipients.map((r) => r.id),
      body,
      clientMessageId,
    });
    setSending(false);
    if (result.kind === 'unreachable') {
      setFailure(t('compose.offline'));
      return;
    }
    if (result.kind === 'refused') {
      setFailure(failureText(result.error, t));
      // A refused draft may be changed and sent again: it is then a new message.
      setClientMessageId(newClientMessageId());
      return;
    }
    const conversationId = result.message.conversationId;
    writeMessage(client.cache, result.message);
    if (recipients.length > 1 && title.trim()) {
      await rename({ variables: { id: conversationId, title: title.trim() } }).catch(
        () => undefined,
      );
    }
    await client.refetchQueries({ include: [conversationsQuery] });
    void navigate(`/messages/${conversationId}`, { replace: true });
  };

  const fieldErrors = Object.fromEntries(
    Object.entries(errors).map(([field, text]) => [`new-${field}`, text]),
  );
  return (
    <Container size="sm" px={0}>
      <Stack gap="md">
        <Anchor component={Link} to="/messages">
          {t('compose.back')}
        </Anchor>
        <PageHeading title={t('compose.title')} />
        <ConnectionBanner />
        <FormErrorSummary message={failure} fields={fieldErrors} title={t('compose.failed')} />
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <RecipientPicker
              id="new-recipients"
              label={t('compose.recipients')}
              description={t('compose.recipientsHelp', { max: Limits.messaging.groupSize })}
              value={recipients}
              onChange={setRecipients}
              excludeIds={[member.id]}
              error={errors.recipients}
            />
            {recipients.length > 1 ? (
              <TextInput
                id="new-title"
                label={t('compose.groupName')}
                value={title}
                maxLength={Limits.messaging.title}
                onChange={(event) => setTitle(event.currentTarget.value)}
              />
            ) : null}
            <Textarea
              id="new-body"
              label={t('compose.message')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={3}
              maxRows={10}
              error={errors.body}
              required
            />
            <Button type="submit" loading={sending} style={{ alignSelf: 'flex-start' }}>
              {t('compose.send')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
