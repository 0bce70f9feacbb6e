import { Anchor, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type Challenge } from '@wide-open/shared/contracts';
import { challengeSlug } from '@wide-open/web/places';
import { Markdown, PageHeading, VideoEmbed } from '@wide-open/web/ui';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../hooks/format-date';

/** What a story page shows: a saved story, or the editor's unsaved values in its preview. */
export interface StoryView {
  title: string;
  summary: string;
  body: string;
  language: string;
  videos: string[];
  challenges: Challenge[];
  publishedAt: string | null;
  updatedAt: string | null;
  version: number;
  cover: { url: string; alt: string | null; width: number; height: number } | null;
  places: Array<{ id: string; slug: string; name: string }>;
  author: { handle: string; displayName: string } | null;
}

function Part({ title, level, children }: { title: string; level: 2 | 3; children: ReactNode }) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Title order={level} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * A story as readers see it: cover, title, byline, Markdown body, click-to-load videos, the
 * places it is about and the challenges it covers. `level` 1 on its page; 2 inside the
 * editor's preview (whose page has its own h1).
 */
export function StoryArticle({ story, level = 1 }: { story: StoryView; level?: 1 | 2 }) {
  const { t, i18n } = useTranslation('journal');
  const language = i18n.resolvedLanguage ?? 'en';
  const partLevel = level === 1 ? 2 : 3;
  const languageName = t(story.language === 'fr' ? 'languageName.fr' : 'languageName.en');
  return (
    <Stack component="article" gap="lg">
      {story.cover ? (
        <Image
          src={story.cover.url}
          alt={story.cover.alt ?? ''}
          radius="md"
          mah={420}
          fit="cover"
          width={story.cover.width}
          height={story.cover.height}
        />
      ) : null}
      <Stack gap="xs">
        {level === 1 ? (
          <PageHeading
            title={story.title}
            lang={story.language}
            style={{ overflowWrap: 'anywhere' }}
          />
        ) : (
          <Title order={2} lang={story.language} style={{ overflowWrap: 'anywhere' }}>
            {story.title}
          </Title>
        )}
        <Text size="lg" lang={story.language}>
          {story.summary}
        </Text>
        <Text size="sm" c="gray.8">
          {story.author ? (
            <>
              {t('story.by', { name: '' })}
              <Anchor
                component={Link}
                to={`/members/${story.author.handle}`}
                inherit
                underline="always"
              >
                {story.author.displayName}
              </Anchor>
              {' · '}
            </>
          ) : null}
          {story.publishedAt ? (
            <>
              <time dateTime={story.publishedAt}>
                {t('story.publishedOn', { date: formatDate(story.publishedAt, language) })}
              </time>
              {' · '}
            </>
          ) : null}
          {t('story.language', { language: languageName })}
        </Text>
        {story.version > 1 && story.updatedAt ? (
          <Text size="sm" c="gray.8">
            {t('story.version', {
              version: story.version,
              date: formatDate(story.updatedAt, language),
            })}
          </Text>
        ) : null}
      </Stack>
      <div lang={story.language}>
        <Markdown>{story.body}</Markdown>
      </div>
      {story.videos.length > 0 ? (
        <Part title={t('story.videos')} level={partLevel}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {story.videos.map((video, index) => (
              <VideoEmbed
                key={video}
                url={video}
                title={t('story.videoTitle', { index: index + 1, title: story.title })}
              />
            ))}
          </SimpleGrid>
        </Part>
      ) : null}
      <>
        {story.places.length > 0 ? (
          <Part title={t('story.places')} level={partLevel}>
            <Group component="ul" gap="md" className="wo-journal-plain-list">
              {story.places.map((place) => (
                <li key={place.id}>
                  <Anchor component={Link} to={`/places/${place.slug}`}>
                    {place.name}
                  </Anchor>
                </li>
              ))}
            </Group>
          </Part>
        ) : null}
        {story.challenges.length > 0 ? (
          <Part title={t('story.challenges')} level={partLevel}>
            <Group component="ul" gap="md" className="wo-journal-plain-list">
              {story.challenges.map((challenge) => (
                <li key={challenge}>
                  <Anchor component={Link} to={`/challenges/${challengeSlug(challenge)}`}>
                    {t(`places:challenge.${challenge}`)}
                  </Anchor>
                </li>
              ))}
            </Group>
          </Part>
        ) : null}
      </>
    </Stack>
  );
}
