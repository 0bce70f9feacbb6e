import '../discussions.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Container, NativeSelect, Stack, TextInput } from '@mantine/core';
import { Challenge, ErrorCode, Limits } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors } from '@wide-open/web/data-access';
import { characterCount, FormErrorSummary, PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MarkdownEditor } from '../composer/markdown-editor';
import { describePostError } from '../composer/post-error';
import { ResearchConsentField } from '../composer/research-consent-field';
import { categoriesQuery, createThreadMutation } from '../discussions.documents';
import { isChallenge } from '../hooks/challenge';
import { RequireActive } from '../hooks/require-active';
import { useDiscussionsTexts } from '../hooks/use-discussions-texts.hook';
import { useLanguageRefetch } from '../hooks/use-language-refetch.hook';

type Field = 'categoryId' | 'title' | 'body' | 'tags';

function splitTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

function NewThreadForm() {
  const { t } = useTranslation('discussions');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data, refetch } = useQuery(categoriesQuery);
  useLanguageRefetch(refetch);
  const [categoryId, setCategoryId] = useState(params.get('category') ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [challenge, setChallenge] = useState<Challenge | ''>('');
  const [tags, setTags] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [createThread, { loading }] = useMutation(createThreadMutation);

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    const titleLength = characterCount(title.trim());
    if (!categoryId) found.categoryId = t('newThread.chooseCategory');
    if (titleLength < Limits.discussion.title.min || titleLength > Limits.discussion.title.max)
      found.title = t('newThread.titleHelp', Limits.discussion.title);
    if (!body.trim()) found.body = t('composer.required');
    else if (characterCount(body.trim()) > Limits.discussion.body)
      found.body = t('composer.tooLong', { max: Limits.discussion.body });
    if (splitTags(tags).length > Limits.discussion.tags)
      found.tags = t('newThread.tagsHelp', { max: Limits.discussion.tags });
    return found;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await createThread({
        variables: {
          input: {
            categoryId,
            title: title.trim(),
            body: body.trim(),
            challenge: challenge || null,
            tags: splitTags(tags),
            researchConsent: consent,
          },
        },
      });
      if (result.data) await navigate(`/discussions/${result.data.createThread.id}`);
    } catch (error) {
      if (errorCode(error) === ErrorCode.BAD_USER_INPUT) {
        setErrors(fieldErrors(error));
        setFailure(t('newThread.failed'));
      } else setFailure(describePostError(error, t));
    }
  };

  const summary = Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => !!entry[1]),
  );
  return (
    <Stack gap="md">
      <PageHeading title={t('newThread.title')} />
      <FormErrorSummary message={failure} fields={summary} title={t('newThread.failed')} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <NativeSelect
            id="categoryId"
            label={t('newThread.category')}
            required
            value={categoryId}
            onChange={(event) => setCategoryId(event.currentTarget.value)}
            error={errors.categoryId}
            data={[
              { value: '', label: t('newThread.chooseCategory') },
              ...(data?.categories ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <TextInput
            id="title"
            label={t('newThread.threadTitle')}
            description={t('newThread.titleHelp', Limits.discussion.title)}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
          />
          <MarkdownEditor
            id="body"
            label={t('newThread.body')}
            value={body}
            onChange={setBody}
            error={errors.body}
            required
            minRows={6}
          />
          <NativeSelect
            id="challenge"
            label={t('newThread.challenge')}
            value={challenge}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setChallenge(isChallenge(value) ? value : '');
            }}
            data={[
              { value: '', label: t('newThread.noChallenge') },
              ...Object.values(Challenge).map((c) => ({ value: c, label: t(`challenge.${c}`) })),
            ]}
          />
          <TextInput
            id="tags"
            label={t('newThread.tags')}
            description={t('newThread.tagsHelp', { max: Limits.discussion.tags })}
            value={tags}
            onChange={(event) => setTags(event.currentTarget.value)}
            error={errors.tags}
          />
          <ResearchConsentField checked={consent} onChange={setConsent} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('newThread.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/discussions">
        {t('newThread.cancel')}
      </Anchor>
    </Stack>
  );
}

/** `/discussions/new`: a thread and its first message. */
export function NewThreadPage() {
  useDiscussionsTexts();
  return (
    <Container size="md" className="wo-discussions">
      <RequireActive>
        <NewThreadForm />
      </RequireActive>
    </Container>
  );
}
