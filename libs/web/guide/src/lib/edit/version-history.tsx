import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { type GuideChapterQuery } from '@wide-open/web/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, titleIn } from '../guide-chapter-title';
import { guideVersionQuery, publishGuideChapterMutation } from '../guide.documents';
import { Markdown } from '@wide-open/web/ui';
import { withReferenceLinks } from '../read/reference-markdown';

type Chapter = NonNullable<GuideChapterQuery['guideChapter']>;

/** An old version as it was written, in the reader's language (editors only). */
function OldVersion({ id }: { id: string }) {
  const { t, i18n } = useTranslation('guide');
  const { data } = useQuery(guideVersionQuery, { variables: { id } });
  const version = data?.guideChapterVersion;
  if (!version) return <Loader size="sm" />;
  const body = i18n.resolvedLanguage === 'fr' ? version.bodyFr : version.bodyEn;
  return (
    <Markdown>{withReferenceLinks(body, version.references, t('chapter.unavailable'))}</Markdown>
  );
}

/** Every version, newest first, with who and when; any of them can be published. */
export function VersionHistory({ chapter, onChange }: { chapter: Chapter; onChange: () => void }) {
  const { t, i18n } = useTranslation('guide');
  const language = i18n.resolvedLanguage ?? 'en';
  const [publish, { loading }] = useMutation(publishGuideChapterMutation);
  const [done, setDone] = useState<number | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const versions = chapter.versionHistory?.edges.map((e) => e.node) ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="guide-history">
      <Title order={2} size="h3" id="guide-history">
        {t('edit.history')}
      </Title>
      {done !== null ? (
        <Alert color="teal" role="status">
          {t('edit.publishedNow', { number: done })}
        </Alert>
      ) : null}
      {versions.map((v) => (
        <Card key={v.id} withBorder padding="sm" component="article">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                {t('edit.version', { number: v.number })} — {titleIn(v, language)}
              </Text>
              <Text size="sm" c="gray.8">
                {t('edit.by', {
                  name: v.author.displayName,
                  date: formatDay(v.createdAt, language),
                })}
              </Text>
              {v.note ? <Text size="sm">{v.note}</Text> : null}
            </Stack>
            <Button
              size="sm"
              variant="subtle"
              aria-expanded={open === v.id}
              onClick={() => setOpen(open === v.id ? null : v.id)}
            >
              {t(open === v.id ? 'edit.hide' : 'edit.view', { number: v.number })}
            </Button>
            {v.isPublished ? (
              <Badge color="teal.9" variant="outline">
                {t('edit.published')}
              </Badge>
            ) : (
              <Button
                size="sm"
                loading={loading}
                onClick={() =>
                  void publish({ variables: { chapterId: chapter.id, versionId: v.id } }).then(
                    () => {
                      setDone(v.number);
                      onChange();
                    },
                  )
                }
              >
                {t('edit.publish', { number: v.number })}
              </Button>
            )}
          </Group>
          {open === v.id ? <OldVersion id={v.id} /> : null}
        </Card>
      ))}
    </Stack>
  );
}
