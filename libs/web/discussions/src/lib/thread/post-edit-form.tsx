import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { characterCount } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describePostError } from '../composer/post-error';
import { MentionTextarea } from '../composer/mention-textarea';
import { editPostMutation } from '../discussions.documents';

export interface PostEditFormProps {
  postId: string;
  body: string;
  onDone: (saved: boolean) => void;
}

/** Edits one's own post in place; the API keeps the earlier wording for moderators. */
export function PostEditForm({ postId, body, onDone }: PostEditFormProps) {
  const { t } = useTranslation('discussions');
  const [text, setText] = useState(body);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [editPost, { loading }] = useMutation(editPostMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    const count = characterCount(trimmed);
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
      await editPost({ variables: { postId, body: trimmed } });
      onDone(true);
    } catch (error) {
      setFailure(describePostError(error, t));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="xs">
        {failure ? (
          <Alert role="alert" color="red" variant="light">
            {failure}
          </Alert>
        ) : null}
        <MentionTextarea
          label={t('post.editLabel')}
          value={text}
          onChange={setText}
          error={fieldError}
          data-autofocus
          autoFocus
        />
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={loading}>
            {t('post.save')}
          </Button>
          <Button variant="default" size="compact-md" onClick={() => onDone(false)}>
            {t('post.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
