import { Anchor, Stack, Text } from '@mantine/core';
import { type PlaceQuery } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from './place-sections';

type Place = NonNullable<PlaceQuery['place']>;

function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

/** The research journal's stories about the place, newest first, and the filtered journal. */
export function PlaceStories({ place }: { place: Place }) {
  const { t, i18n } = useTranslation('placePages');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Section id="stories" title={t('place.stories')}>
      <Text>{t('place.storiesIntro')}</Text>
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {place.stories.map((story) => (
          <li key={story.id}>
            <Stack gap={2}>
              <Anchor component={Link} to={`/journal/${story.slug}`} fw={600} lang={story.language}>
                {story.title}
              </Anchor>
              {story.publishedAt ? (
                <Text size="sm" c="gray.8">
                  <time dateTime={story.publishedAt}>
                    {formatDate(story.publishedAt, language)}
                  </time>
                </Text>
              ) : null}
              <Text size="sm" lang={story.language}>
                {story.summary}
              </Text>
            </Stack>
          </li>
        ))}
      </Stack>
      <Anchor component={Link} to={`/journal?place=${place.slug}`} size="sm">
        {t('place.allStories', { name: place.name })}
      </Anchor>
    </Section>
  );
}
