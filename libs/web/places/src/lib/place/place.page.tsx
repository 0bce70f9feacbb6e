import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Container, Grid, Group, Stack, Text } from '@mantine/core';
import { countryName, PageHeading, PageLoader } from '@wide-open/web/ui';
import { ReportButton } from '@wide-open/web/moderation-report';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePlacePagesResources } from '../i18n/use-place-pages-resources.hook';
import { AddLessonForm } from '../lessons/add-lesson-form';
import { LessonCard } from '../lessons/lesson-card';
import { placeQuery } from '../place.documents';
import { FollowButton } from './follow-button';
import { HidePlaceControls } from './hide-place-controls';
import { PlaceFacts } from './place-facts';
import { PlaceContent, Section } from './place-sections';
import { PlaceStories } from './place-stories';
import { PlaceTeam } from './place-team';
import { usePlaceViewer } from './use-place-viewer.hook';
import { useScrollToHash } from './use-scroll-to-hash.hook';

/** `/places/:slug`: everything about one place, its team and its lessons. */
export function PlacePage() {
  usePlacePagesResources();
  const { t, i18n } = useTranslation('placePages');
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(placeQuery, { variables: { slug } });
  const place = data?.place ?? null;
  const viewer = usePlaceViewer(place);
  useScrollToHash(place !== null);
  if (loading && !data) return <PageLoader />;
  if (!place) {
    return (
      <Container size="sm">
        <Stack>
          <PageHeading title={t('place.notFoundTitle')} />
          <Text>{error ? t('place.error') : t('place.notFound')}</Text>
        </Stack>
      </Container>
    );
  }
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <Container size="lg">
      <Stack gap="xl">
        <Stack gap="xs">
          <PageHeading title={place.name} style={{ overflowWrap: 'anywhere' }} />
          <Text c="dimmed">
            {place.city}, {countryName(place.country, lang)}
            {place.foundedYear ? ` · ${t('place.founded', { year: place.foundedYear })}` : ''}
          </Text>
          {place.visitedByTour ? (
            <Badge
              variant="filled"
              color="var(--wo-color-tour)"
              tt="none"
              size="lg"
              w="fit-content"
            >
              {t('place.visited')}
            </Badge>
          ) : null}
          <Text size="lg">{place.summary}</Text>
          {place.hidden ? (
            <Alert color="orange" title={t('place.hiddenBanner')}>
              {place.hiddenReason ? t('place.hiddenReason', { reason: place.hiddenReason }) : null}
            </Alert>
          ) : null}
          <Group gap="md" mt="xs">
            <FollowButton place={place} canFollow={viewer.active} />
            {viewer.canEdit ? (
              <Button component={Link} to={`/places/${place.slug}/edit`} variant="outline">
                {t('place.edit')}
              </Button>
            ) : null}
            <ReportButton
              targetType="PLACE"
              targetId={place.id}
              authorId={place.createdBy.id}
              size="sm"
            />
          </Group>
          {viewer.moderator ? <HidePlaceControls place={place} /> : null}
        </Stack>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="xl">
              <PlaceContent place={place} />
              {place.stories.length > 0 ? <PlaceStories place={place} /> : null}
              <Section id="lessons" title={t('lessons.title')}>
                {place.lessons.length === 0 ? <Text>{t('lessons.none')}</Text> : null}
                {place.lessons.map((lesson) => (
                  <LessonCard key={lesson.id} lesson={lesson} />
                ))}
                {viewer.canAddLesson ? (
                  <AddLessonForm placeId={place.id} onAdded={() => void refetch()} />
                ) : null}
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="xl">
              <Section id="details" title={t('place.details')}>
                <PlaceFacts place={place} />
              </Section>
              <Section id="team" title={t('place.team')}>
                <PlaceTeam team={place.team} />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
