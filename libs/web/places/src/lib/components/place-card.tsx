import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type PlacesQuery } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type PlaceSummary = PlacesQuery['places']['edges'][number]['node'];

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function PlaceCard({
  place,
  headingLevel = 3,
  linked = false,
}: {
  /** `visitedByTour`: when the query asked, a "visited by the research tour" badge. */
  place: PlaceSummary & { visitedByTour?: boolean };
  headingLevel?: 2 | 3;
  /** The name links to the place's page (needs a router around the card). */
  linked?: boolean;
}) {
  const { t, i18n } = useTranslation('places');
  const country = countryName(place.country, i18n.resolvedLanguage ?? 'en');
  return (
    <Card component="article" withBorder padding="md" h="100%">
      <Stack gap="xs">
        <Title order={headingLevel} size="h4">
          {linked ? (
            <Anchor component={Link} to={`/places/${place.slug}`} inherit>
              {place.name}
            </Anchor>
          ) : (
            place.name
          )}
        </Title>
        <Text size="sm" c="dimmed">
          {place.city}, {country}
          {place.foundedYear ? ` · ${t('list.founded', { year: place.foundedYear })}` : ''}
        </Text>
        {place.visitedByTour ? (
          <Badge variant="filled" color="var(--wo-color-tour)" tt="none" w="fit-content">
            {t('list.visited')}
          </Badge>
        ) : null}
        <Text size="sm">{place.summary}</Text>
        <Group gap={6} aria-label={t('list.kinds')} role="list">
          {place.kinds.map((kind) => (
            <Badge key={kind} role="listitem" variant="outline" color="gray.8" tt="none">
              {t(`kind.${kind}`)}
            </Badge>
          ))}
        </Group>
        <Text size="sm" fw={600}>
          {t('list.status', { status: t(`placeStatus.${place.status}`) })}
        </Text>
      </Stack>
    </Card>
  );
}
