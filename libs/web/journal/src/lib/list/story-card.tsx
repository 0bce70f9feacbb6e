import { Anchor, Badge, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import { StoryStatus } from '@wide-open/shared/contracts';
import { type StorySummaryFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../hooks/format-date';

/** One story in a list: cover, title, summary, places, language and date. */
export function StoryCard({ story }: { story: StorySummaryFragment }) {
  const { t, i18n } = useTranslation('journal');
  const language = i18n.resolvedLanguage ?? 'en';
  const draft = story.status === StoryStatus.DRAFT;
  const date = draft || !story.publishedAt ? story.updatedAt : story.publishedAt;
  return (
    <Card component="article" withBorder padding="md" radius="md" h="100%">
      {story.cover ? (
        <Card.Section>
          {/* The title below names the story: the picture adds nothing for a screen reader. */}
          <Image src={story.cover.url} alt="" h={180} fit="cover" />
        </Card.Section>
      ) : null}
      <Stack gap={6} mt={story.cover ? 'sm' : 0}>
        <Group gap="xs">
          {draft ? (
            <Badge color="var(--wo-color-tour)" variant="filled" tt="none">
              {t('card.draft')}
            </Badge>
          ) : null}
          <Badge color="gray.8" variant="outline" tt="none">
            {t(story.language === 'fr' ? 'languageName.fr' : 'languageName.en')}
          </Badge>
        </Group>
        <Title order={3} size="h4" lang={story.language}>
          <Anchor component={Link} to={`/journal/${story.slug}`} inherit>
            {story.title}
          </Anchor>
        </Title>
        <Text size="sm" c="gray.8">
          <time dateTime={date}>
            {t(draft ? 'card.edited' : 'card.published', { date: formatDate(date, language) })}
          </time>
          {' · '}
          {t('card.by', { name: story.author.displayName })}
        </Text>
        <Text size="sm" lang={story.language}>
          {story.summary}
        </Text>
        {story.places.length > 0 ? (
          <Text size="sm">
            <Text component="span" fw={700} size="sm">
              {t('card.about')}{' '}
            </Text>
            {story.places.map((place, index) => (
              <span key={place.id}>
                {index > 0 ? ', ' : ''}
                <Anchor component={Link} to={`/places/${place.slug}`} size="sm">
                  {place.name}
                </Anchor>
              </span>
            ))}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
