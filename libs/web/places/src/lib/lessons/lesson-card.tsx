import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { type LessonFieldsFragment } from '@wide-open/web/data-access';
import { countryName, Markdown } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { challengeSlug } from '../challenges/challenge-slug';

export interface LessonPlace {
  slug: string;
  name: string;
  city: string;
  country: string;
}

function Part({ title, text }: { title: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <div>
      <Text fw={700} size="sm">
        {title}
      </Text>
      <Markdown>{text}</Markdown>
    </div>
  );
}

/** One structured lesson: context, what was tried, what happened, advice and figures. */
export function LessonCard({
  lesson,
  place,
  headingLevel = 3,
}: {
  lesson: LessonFieldsFragment;
  /** Shown on challenge pages, where lessons come from many places. */
  place?: LessonPlace;
  headingLevel?: 3 | 4;
}) {
  const { t, i18n } = useTranslation('placePages');
  const lang = i18n.resolvedLanguage ?? 'en';
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(
    new Date(lesson.createdAt),
  );
  const numbers = new Intl.NumberFormat(lang);
  return (
    <Card component="article" withBorder padding="md" id={`lesson-${lesson.id}`}>
      <Stack gap="sm">
        <Anchor
          component={Link}
          to={`/challenges/${challengeSlug(lesson.challenge)}`}
          size="sm"
          fw={600}
        >
          {t(`places:challenge.${lesson.challenge}`)}
        </Anchor>
        <Title order={headingLevel} size="h4">
          {lesson.title}
        </Title>
        {place ? (
          <Text size="sm">
            {t('lessons.at')}{' '}
            <Anchor component={Link} to={`/places/${place.slug}`}>
              {place.name}
            </Anchor>{' '}
            ({place.city}, {countryName(place.country, lang)})
          </Text>
        ) : null}
        <Part title={t('lessons.context')} text={lesson.context} />
        <Part title={t('lessons.whatWeTried')} text={lesson.whatWeTried} />
        <Part title={t('lessons.outcome')} text={lesson.outcome} />
        <Part title={t('lessons.advice')} text={lesson.advice} />
        {lesson.figures.length > 0 ? (
          <div>
            <Text fw={700} size="sm">
              {t('lessons.figures')}
            </Text>
            <dl className="wo-facts">
              {lesson.figures.map((figure, index) => (
                <div key={index} style={{ display: 'contents' }}>
                  <dt>{figure.label}</dt>
                  <dd>
                    {numbers.format(figure.value)}
                    {figure.unit ? ` ${figure.unit}` : ''}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('lessons.by', { name: lesson.author.displayName, date })}
        </Text>
      </Stack>
    </Card>
  );
}
