import { useMutation } from '@apollo/client/react';
import { Button, Card, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Challenge, Limits } from '@wide-open/shared/contracts';
import { errorCode, fieldErrors } from '@wide-open/web/data-access';
import { FormErrorSummary, LiveRegion } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLessonMutation } from '../place.documents';
import { FiguresField } from './figures-field';
import {
  emptyLesson,
  type LessonField,
  lessonFieldOrder,
  lessonInput,
  type LessonValues,
  missingLessonFields,
} from './lesson-values';

/** A team member shares a structured lesson; the place page refreshes once it is published. */
export function AddLessonForm({ placeId, onAdded }: { placeId: string; onAdded: () => void }) {
  const { t } = useTranslation('placePages');
  const [values, setValues] = useState<LessonValues>(emptyLesson);
  const [errors, setErrors] = useState<Partial<Record<LessonField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [add, { loading }] = useMutation(addLessonMutation);
  const set =
    <K extends keyof LessonValues>(key: K) =>
    (value: LessonValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setStatus('');
    const missing = missingLessonFields(values);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((field) => [field, t('lessons.required')])));
      return;
    }
    setErrors({});
    try {
      await add({ variables: { placeId, input: lessonInput(values) } });
      setValues(emptyLesson);
      setStatus(t('lessons.published'));
      onAdded();
    } catch (error) {
      const found: Partial<Record<LessonField, string>> = {};
      for (const [key, message] of Object.entries(fieldErrors(error))) {
        const field = (key.split(/[.[]/)[0] ?? key) as LessonField;
        if (lessonFieldOrder.includes(field)) found[field] ??= message;
      }
      setErrors(found);
      setFormError(errorCode(error) ? t('lessons.failed') : t('lessons.network'));
    }
  };

  const summary = Object.fromEntries(
    lessonFieldOrder.flatMap((field) => (errors[field] ? [[field, errors[field]]] : [])),
  );
  return (
    <Card withBorder component="section" aria-labelledby="add-lesson-heading" padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4" id="add-lesson-heading">
          {t('lessons.add')}
        </Title>
        <Text size="sm">{t('lessons.addIntro')}</Text>
        <FormErrorSummary message={formError} fields={summary} />
        <LiveRegion message={status} />
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="sm">
            <NativeSelect
              id="challenge"
              label={t('lessons.challenge')}
              required
              value={values.challenge}
              onChange={(e) => set('challenge')(e.currentTarget.value as Challenge | '')}
              data={[
                { value: '', label: t('lessons.chooseChallenge') },
                ...Object.values(Challenge).map((c) => ({
                  value: c,
                  label: t(`places:challenge.${c}`),
                })),
              ]}
              error={errors.challenge}
            />
            <TextInput
              id="title"
              label={t('lessons.lessonTitle')}
              required
              maxLength={Limits.lesson.title.max}
              value={values.title}
              onChange={(e) => set('title')(e.currentTarget.value)}
              error={errors.title}
            />
            <Textarea
              id="context"
              label={t('lessons.context')}
              description={t('lessons.contextHelp')}
              autosize
              minRows={2}
              value={values.context}
              onChange={(e) => set('context')(e.currentTarget.value)}
              error={errors.context}
            />
            <Textarea
              id="whatWeTried"
              label={t('lessons.whatWeTried')}
              description={t('lessons.whatWeTriedHelp')}
              required
              autosize
              minRows={3}
              value={values.whatWeTried}
              onChange={(e) => set('whatWeTried')(e.currentTarget.value)}
              error={errors.whatWeTried}
            />
            <Textarea
              id="outcome"
              label={t('lessons.outcome')}
              description={t('lessons.outcomeHelp')}
              required
              autosize
              minRows={3}
              value={values.outcome}
              onChange={(e) => set('outcome')(e.currentTarget.value)}
              error={errors.outcome}
            />
            <Textarea
              id="advice"
              label={t('lessons.advice')}
              description={t('lessons.adviceHelp')}
              autosize
              minRows={2}
              value={values.advice}
              onChange={(e) => set('advice')(e.currentTarget.value)}
              error={errors.advice}
            />
            <FiguresField
              figures={values.figures}
              onChange={set('figures')}
              error={errors.figures}
            />
            <Button type="submit" loading={loading} w="fit-content">
              {t('lessons.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
