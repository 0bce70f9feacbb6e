import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { Limits, MemberStatus } from '@wide-open/shared/contracts';
import { fieldErrors, useSession } from '@wide-open/web/data-access';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { suggestGuideChangeMutation } from '../guide.documents';

function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** The suggestion box under a chapter, for active members. */
export function SuggestForm({ chapterId }: { chapterId: string }) {
  const { t, i18n } = useTranslation('guide');
  const { member } = useSession();
  const [suggest, { loading }] = useMutation(suggestGuideChangeMutation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const [failed, setFailed] = useState(false);

  if (member?.status !== MemberStatus.ACTIVE)
    return (
      <Text>
        <Anchor component={Link} to="/sign-in">
          {t('suggest.signIn')}
        </Anchor>
      </Text>
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setFailed(false);
    try {
      await suggest({
        variables: {
          input: {
            chapterId,
            text: formText(data, 'text'),
            proposedWording: formText(data, 'proposedWording') || null,
            language: i18n.resolvedLanguage === 'fr' ? 'fr' : 'en',
          },
        },
      });
      setErrors({});
      setSent(true);
      form.reset();
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      setFailed(Object.keys(fields).length === 0);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="guide-suggest">
      <Title order={2} size="h3" id="guide-suggest">
        {t('suggest.heading')}
      </Title>
      <Text size="sm">{t('suggest.intro')}</Text>
      {sent ? (
        <Alert color="teal" role="status">
          {t('suggest.sent')}
        </Alert>
      ) : null}
      {failed ? <Alert color="red">{t('suggest.error')}</Alert> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Textarea
            id="suggestion-text"
            name="text"
            label={t('suggest.text')}
            required
            autosize
            minRows={3}
            maxLength={Limits.guide.suggestion.max}
            error={errors['text']}
          />
          <Textarea
            id="suggestion-wording"
            name="proposedWording"
            label={t('suggest.wording')}
            autosize
            minRows={2}
            maxLength={Limits.guide.proposedWording}
            error={errors['proposedWording']}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('suggest.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
