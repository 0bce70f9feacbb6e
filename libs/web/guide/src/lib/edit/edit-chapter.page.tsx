import '../guide.css';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Container,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { fieldErrors, type GuideChapterQuery } from '@wide-open/web/data-access';
import { Markdown, PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { titleIn } from '../guide-chapter-title';
import { editGuideChapterMutation, guideChapterQuery } from '../guide.documents';
import { useGuideEditor } from '../read/guide.page';
import { withReferenceLinks } from '../read/reference-markdown';
import { useGuideTexts } from '../use-guide-texts.hook';
import { SuggestionsReview } from './suggestions-review';
import { VersionHistory } from './version-history';

interface Draft {
  titleFr: string;
  titleEn: string;
  bodyFr: string;
  bodyEn: string;
  note: string;
}

const L = Limits.guide;

/** `/guide/:slug/edit` (editors): write a new version with a preview, publish, review suggestions. */
export function EditChapterPage() {
  useGuideTexts();
  const { slug = '' } = useParams();
  const { t } = useTranslation('guide');
  const editor = useGuideEditor();
  const { data, loading, refetch } = useQuery(guideChapterQuery, {
    variables: { slug },
    skip: !editor,
  });
  const [saved, setSaved] = useState<number | null>(null);
  const chapter = data?.guideChapter;
  const latest = chapter?.latestVersion;

  if (!editor)
    return (
      <Container size="md">
        <Stack>
          <PageHeading title={t('title')} />
          <Alert color="gray">{t('edit.forbidden')}</Alert>
        </Stack>
      </Container>
    );
  if (!chapter || !latest)
    return (
      <Container size="md">
        {loading ? <Loader aria-label={t('title')} /> : <Alert>{t('chapter.notFound')}</Alert>}
      </Container>
    );
  return (
    <ChapterEditor
      // A new version starts a new draft from it.
      key={latest.id}
      chapter={chapter}
      saved={saved}
      onSaved={(number) => {
        setSaved(number);
        void refetch();
      }}
      onPublished={() => void refetch()}
    />
  );
}

type Chapter = NonNullable<GuideChapterQuery['guideChapter']>;

function ChapterEditor({
  chapter,
  saved,
  onSaved,
  onPublished,
}: {
  chapter: Chapter;
  saved: number | null;
  onSaved: (number: number) => void;
  onPublished: () => void;
}) {
  const { t, i18n } = useTranslation('guide');
  const language = i18n.resolvedLanguage ?? 'en';
  const latest = chapter.latestVersion!;
  const [save, saving] = useMutation(editGuideChapterMutation);
  const [draft, setDraft] = useState<Draft>(() => ({
    titleFr: latest.titleFr,
    titleEn: latest.titleEn,
    bodyFr: latest.bodyFr,
    bodyEn: latest.bodyEn,
    note: '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [previewLang, setPreviewLang] = useState<'en' | 'fr'>(language === 'fr' ? 'fr' : 'en');

  const set = (field: keyof Draft) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    try {
      const result = await save({
        variables: { input: { chapterId: chapter.id, ...draft, note: draft.note || null } },
      });
      setErrors({});
      onSaved(result.data?.editGuideChapter.number ?? 0);
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      setFailed(Object.keys(fields).length === 0);
    }
  };
  const previewBody = previewLang === 'fr' ? draft.bodyFr : draft.bodyEn;

  return (
    <Container size="md">
      <Stack gap="lg">
        <Anchor
          component={Link}
          to={`/guide/${chapter.slug}`}
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          {titleIn(chapter.published ?? latest, language)}
        </Anchor>
        <PageHeading
          title={t('edit.title', { title: titleIn(latest, language) })}
          style={{ overflowWrap: 'anywhere' }}
        />
        {saved !== null ? (
          <Alert color="teal" role="status">
            {t('edit.saved', { number: saved })}
          </Alert>
        ) : null}
        {failed ? <Alert color="red">{t('edit.error')}</Alert> : null}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <TextInput
              id="guide-title-en"
              label={t('edit.titleEn')}
              value={draft.titleEn}
              maxLength={L.title.max}
              onChange={(e) => set('titleEn')(e.currentTarget.value)}
              error={errors['titleEn']}
              required
            />
            <TextInput
              id="guide-title-fr"
              label={t('edit.titleFr')}
              value={draft.titleFr}
              maxLength={L.title.max}
              onChange={(e) => set('titleFr')(e.currentTarget.value)}
              error={errors['titleFr']}
              required
            />
            <Textarea
              id="guide-body-en"
              className="wo-guide-textarea"
              label={t('edit.bodyEn')}
              description={t('edit.bodyHelp')}
              value={draft.bodyEn}
              autosize
              minRows={6}
              maxLength={L.body.max}
              onChange={(e) => set('bodyEn')(e.currentTarget.value)}
              error={errors['bodyEn']}
              required
            />
            <Textarea
              id="guide-body-fr"
              className="wo-guide-textarea"
              label={t('edit.bodyFr')}
              value={draft.bodyFr}
              autosize
              minRows={6}
              maxLength={L.body.max}
              onChange={(e) => set('bodyFr')(e.currentTarget.value)}
              error={errors['bodyFr']}
              required
            />
            <TextInput
              id="guide-note"
              label={t('edit.note')}
              value={draft.note}
              maxLength={L.note}
              onChange={(e) => set('note')(e.currentTarget.value)}
              error={errors['note']}
            />
            <Button type="submit" loading={saving.loading} style={{ alignSelf: 'flex-start' }}>
              {t('edit.save')}
            </Button>
          </Stack>
        </form>
        <Card withBorder component="section" aria-labelledby="guide-preview">
          <Stack gap="sm">
            <Title order={2} size="h3" id="guide-preview">
              {t('edit.preview', { language: previewLang === 'fr' ? 'français' : 'English' })}
            </Title>
            <SegmentedControl
              aria-label={t('edit.preview', { language: '' })}
              value={previewLang}
              onChange={(value) => setPreviewLang(value === 'fr' ? 'fr' : 'en')}
              data={[
                { value: 'en', label: 'English' },
                { value: 'fr', label: 'Français' },
              ]}
              style={{ alignSelf: 'flex-start' }}
            />
            <Text fw={700}>{previewLang === 'fr' ? draft.titleFr : draft.titleEn}</Text>
            <Markdown>
              {withReferenceLinks(previewBody, latest?.references ?? [], t('chapter.unavailable'))}
            </Markdown>
          </Stack>
        </Card>
        <VersionHistory chapter={chapter} onChange={onPublished} />
        <SuggestionsReview chapterId={chapter.id} />
      </Stack>
    </Container>
  );
}
