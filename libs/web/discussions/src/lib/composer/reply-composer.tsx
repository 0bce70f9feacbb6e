import { useMutation } from '@apollo/client/react';
import { Alert, Button, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { type PostFieldsFragment } from '@wide-open/web/data-access';
import { characterCount } from '@wide-open/web/ui';
import { type FormEvent, type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPostMutation } from '../discussions.documents';
import { MarkdownEditor } from './markdown-editor';
import { describePostError } from './post-error';
import { ResearchConsentField } from './research-consent-field';

export interface QuotedPost {
  id: string;
  authorName: string;
}

export interface ReplyComposerProps {
  threadId: string;
  replyTo: QuotedPost | null;
  onCancelReply: () => void;
  onPosted: (post: PostFieldsFragment) => void;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** Replies to a thread, optionally quoting a post; says plainly why the server refused one. */
export function ReplyComposer({
  threadId,
  replyTo,
  onCancelReply,
  onPosted,
  inputRef,
}: ReplyComposerProps) {
  const { t } = useTranslation('discussions');
  const headingId = useId();
  const [body, setBody] = useState('');
  const [consent, setConsent] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createPost, { loading }] = useMutation(createPostMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = body.trim();
    const count = characterCount(text);
    const problem =
      count === 0
        ? t('composer.required')
        : count > Limits.discussion.body
          ? t('composer.tooLong', { max: Limits.discussion.body })
          : undefined;
    setFieldError(problem);
    setFailure(null);
    if (problem) return;
    try {
      const { data } = await createPost({
        variables: {
          input: { threadId, body: text, replyToId: replyTo?.id ?? null, researchConsent: consent },
        },
      });
      setBody('');
      setConsent(false);
      if (data) onPosted(data.createPost);
    } catch (error) {
      setFailure(describePostError(error, t));
    }
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('composer.replyHeading')}
      </Title>
      {failure ? (
        <Alert role="alert" color="red" variant="light">
          {failure}
        </Alert>
      ) : null}
      {replyTo ? (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600}>
            {t('composer.replyingTo', { name: replyTo.authorName })}
          </Text>
          <CloseButton size="sm" aria-label={t('composer.cancelReply')} onClick={onCancelReply} />
        </Group>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <MarkdownEditor
            id="reply-body"
            label={t('composer.reply')}
            value={body}
            onChange={setBody}
            error={fieldError}
            required
            inputRef={inputRef}
          />
          <ResearchConsentField checked={consent} onChange={setConsent} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('composer.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
