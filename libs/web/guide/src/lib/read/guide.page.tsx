import '../guide.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { isGuideEditor, MemberStatus } from '@wide-open/shared/contracts';
import { useSession } from '@wide-open/web/data-access';
import { LiveRegion, PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, titleIn } from '../guide-chapter-title';
import { guideQuery } from '../guide.documents';
import { useGuideTexts } from '../use-guide-texts.hook';
import { ChapterMoveButtons, moveTargets, useChapterMoves } from './chapter-order';
import { ContentsEntry } from './contents-entry';
import { PdfDownloads } from './pdf-downloads';

/** Whether the signed-in reader writes the guide (the API decides again). */
export function useGuideEditor(): boolean {
  const { member } = useSession();
  return !!member && member.status === MemberStatus.ACTIVE && isGuideEditor(member.role);
}

/** `/guide`: the stages as a table of contents, their chapters, and the printable guide. */
export function GuidePage() {
  useGuideTexts();
  const { t, i18n } = useTranslation('guide');
  const language = i18n.resolvedLanguage ?? 'en';
  const editor = useGuideEditor();
  const { data, loading, error } = useQuery(guideQuery, {
    variables: { includeDrafts: editor },
  });
  const guide = data?.guide;
  const moves = useChapterMoves();
  return (
    <Container size="md">
      <Stack gap="lg">
        <Stack gap="xs">
          <PageHeading title={t('title')} />
          <Text>{t('intro')}</Text>
          {guide?.updatedAt ? (
            <Text size="sm" c="gray.8">
              {t('updatedOn', { date: formatDay(guide.updatedAt, language) })}
            </Text>
          ) : null}
        </Stack>
        <PdfDownloads />
        {editor ? (
          <Group>
            <Button component={Link} to="/guide/chapters/new" variant="outline">
              {t('new.title')}
            </Button>
            <LiveRegion message={moves.message} />
          </Group>
        ) : null}
        {loading && !guide ? <Loader aria-label={t('title')} /> : null}
        {error ? <Alert color="red">{t('loadError')}</Alert> : null}
        {guide ? (
          <nav aria-labelledby="guide-contents">
            <Title order={2} id="guide-contents">
              {t('contents')}
            </Title>
            <ol className="wo-guide-stages">
              {guide.stages.map((section, index) => (
                <li key={section.stage}>
                  <Title order={3} size="h4" mt="md">
                    {index + 1}. {t(`stage.${section.stage}`)}
                  </Title>
                  {section.chapters.length === 0 ? (
                    <Text size="sm" c="gray.8">
                      {t('empty')}
                    </Text>
                  ) : (
                    <ul className="wo-guide-chapters">
                      {section.chapters.map((chapter, chapterIndex) => {
                        const title = titleIn(chapter.published ?? chapter.latestVersion, language);
                        return (
                          <li key={chapter.id}>
                            <ContentsEntry
                              chapter={chapter}
                              title={title}
                              tools={
                                editor ? (
                                  <ChapterMoveButtons
                                    chapterId={chapter.id}
                                    title={title}
                                    targets={moveTargets(guide.stages, index, chapterIndex)}
                                    onMove={(direction, to) =>
                                      void moves.move(chapter.id, title, direction, to)
                                    }
                                  />
                                ) : null
                              }
                            />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
      </Stack>
    </Container>
  );
}
