import '../guide.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Loader, Stack, Text } from '@mantine/core';
import { Markdown, PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDay, titleIn } from '../guide-chapter-title';
import { guideChapterQuery, guideQuery } from '../guide.documents';
import { useGuideTexts } from '../use-guide-texts.hook';
import { useGuideEditor } from './guide.page';
import { ReferenceCards } from './reference-cards';
import { withReferenceLinks } from './reference-markdown';
import { SuggestForm } from './suggest-form';

/** Previous and next chapters in reading order (the guide's own order). */
function Pager({ slug, editor }: { slug: string; editor: boolean }) {
  const { t, i18n } = useTranslation('guide');
  const language = i18n.resolvedLanguage ?? 'en';
  const { data } = useQuery(guideQuery, { variables: { includeDrafts: editor } });
  const chapters = data?.guide.stages.flatMap((s) => s.chapters) ?? [];
  const at = chapters.findIndex((c) => c.slug === slug);
  if (at === -1) return null;
  const previous = chapters[at - 1];
  const next = chapters[at + 1];
  const title = (c: (typeof chapters)[number]) => titleIn(c.published ?? c.latestVersion, language);
  return (
    <nav aria-label={t('chapter.pager')} className="wo-guide-pager">
      {previous ? (
        <Anchor component={Link} to={`/guide/${previous.slug}`} rel="prev">
          {t('chapter.previous', { title: title(previous) })}
        </Anchor>
      ) : (
        <span />
      )}
      {next ? (
        <Anchor component={Link} to={`/guide/${next.slug}`} rel="next">
          {t('chapter.next', { title: title(next) })}
        </Anchor>
      ) : null}
    </nav>
  );
}

/** `/guide/:slug`: one chapter, its live references, neighbours and the suggestion box. */
export function ChapterPage() {
  useGuideTexts();
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('guide');
  const language = i18n.resolvedLanguage ?? 'en';
  const editor = useGuideEditor();
  const { data, loading, error } = useQuery(guideChapterQuery, { variables: { slug } });
  const chapter = data?.guideChapter;

  if (loading && !chapter)
    return (
      <Container size="md">
        <Loader aria-label={t('title')} />
      </Container>
    );
  if (error || !chapter)
    return (
      <Container size="md">
        <Stack>
          <PageHeading title={t('title')} />
          <Alert color={error ? 'red' : 'gray'}>
            {error ? t('loadError') : t('chapter.notFound')}
          </Alert>
          <Anchor component={Link} to="/guide">
            {t('chapter.back')}
          </Anchor>
        </Stack>
      </Container>
    );

  // Readers see the published version; editors of a draft see its newest version.
  const version = chapter.published ?? chapter.latestVersion;
  const body = version ? (language === 'fr' ? version.bodyFr : version.bodyEn) : '';
  const newer =
    editor && chapter.latestVersion && chapter.latestVersion.id !== chapter.published?.id
      ? chapter.latestVersion
      : null;
  return (
    <Container size="md">
      <Stack gap="lg">
        <Anchor component={Link} to="/guide" size="sm">
          {t('chapter.back')}
        </Anchor>
        <article aria-labelledby="guide-chapter-title">
          <Stack gap="md">
            <Text size="sm" fw={600} c="gray.8">
              {t(`stage.${chapter.stage}`)}
            </Text>
            <PageHeading
              title={titleIn(version, language)}
              id="guide-chapter-title"
              style={{ overflowWrap: 'anywhere' }}
            />
            {chapter.publishedAt ? (
              <Text size="sm" c="gray.8">
                {t('updatedOn', { date: formatDay(chapter.publishedAt, language) })}
              </Text>
            ) : (
              <Alert color="yellow">{t('chapter.draftNotice')}</Alert>
            )}
            {newer && chapter.published ? (
              <Alert color="blue">{t('chapter.newerDraft', { number: newer.number })}</Alert>
            ) : null}
            {editor ? (
              <Button
                component={Link}
                to={`/guide/${chapter.slug}/edit`}
                variant="light"
                style={{ alignSelf: 'flex-start' }}
              >
                {t('chapter.edit')}
              </Button>
            ) : null}
            {chapter.challenges.length > 0 ? (
              <Text size="sm">
                {t('chapter.challenges')}:{' '}
                {chapter.challenges
                  .map((c) => t(`places:challenge.${c}`, { defaultValue: c }))
                  .join(' · ')}
              </Text>
            ) : null}
            <Markdown>
              {withReferenceLinks(body, version?.references ?? [], t('chapter.unavailable'))}
            </Markdown>
          </Stack>
        </article>
        <ReferenceCards references={version?.references ?? []} />
        <Pager slug={chapter.slug} editor={editor} />
        {chapter.published ? <SuggestForm chapterId={chapter.id} /> : null}
      </Stack>
    </Container>
  );
}
