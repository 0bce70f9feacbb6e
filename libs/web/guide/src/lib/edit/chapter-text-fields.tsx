import { Textarea, TextInput } from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { useTranslation } from 'react-i18next';

/** What a version says: both languages' title and Markdown body, and a note for the history. */
export interface ChapterText {
  titleFr: string;
  titleEn: string;
  bodyFr: string;
  bodyEn: string;
  note: string;
}

const L = Limits.guide;

/** The words of a chapter, as the new-chapter and edit pages both ask for them. */
export function ChapterTextFields({
  value,
  errors,
  onChange,
}: {
  value: ChapterText;
  errors: Record<string, string>;
  onChange: (field: keyof ChapterText, text: string) => void;
}) {
  const { t } = useTranslation('guide');
  const title = (field: 'titleEn' | 'titleFr', id: string) => (
    <TextInput
      id={id}
      label={t(`edit.${field}`)}
      value={value[field]}
      maxLength={L.title.max}
      onChange={(e) => onChange(field, e.currentTarget.value)}
      error={errors[field]}
      required
    />
  );
  const body = (field: 'bodyEn' | 'bodyFr', id: string, description?: string) => (
    <Textarea
      id={id}
      className="wo-guide-textarea"
      label={t(`edit.${field}`)}
      description={description}
      value={value[field]}
      autosize
      minRows={6}
      maxLength={L.body.max}
      onChange={(e) => onChange(field, e.currentTarget.value)}
      error={errors[field]}
      required
    />
  );
  return (
    <>
      {title('titleEn', 'guide-title-en')}
      {title('titleFr', 'guide-title-fr')}
      {body('bodyEn', 'guide-body-en', t('edit.bodyHelp'))}
      {body('bodyFr', 'guide-body-fr')}
      <TextInput
        id="guide-note"
        label={t('edit.note')}
        value={value.note}
        maxLength={L.note}
        onChange={(e) => onChange('note', e.currentTarget.value)}
        error={errors['note']}
      />
    </>
  );
}
