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
  Title,
} from '@mantine/core';
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
import { ChapterTextFields, type ChapterText } from './chapter-text-fields';
import { EditorsOnly } from './editors-only';
import { SuggestionsReview } from './suggestions-review';
import { VersionHistory } from './version-history';

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

  if (!editor) return <EditorsOnly />;
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
  const [draft, setDraft] = useState<ChapterText>(() => ({
    titleFr: latest.titleFr,
    titleEn: latest.titleEn,
    bodyFr: latest.bodyFr,
    bodyEn: latest.bodyEn,
    note: '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [previewLang, setPreviewLang] = useState<'en' | 'fr'>(language === 'fr' ? 'fr' : 'en');

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
            <ChapterTextFields
              value={draft}
              errors={errors}
              onChange={(field, text) => setDraft((d) => ({ ...d, [field]: text }))}
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
