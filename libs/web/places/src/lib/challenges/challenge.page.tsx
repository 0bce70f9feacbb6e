import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Container, Grid, List, Loader, Stack, Text, Title } from '@mantine/core';
import { countryName, PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePlacePagesResources } from '../i18n/use-place-pages-resources.hook';
import { LessonCard } from '../lessons/lesson-card';
import { lessonsQuery, placesMapQuery } from '../place.documents';
import { challengeFromSlug } from './challenge-slug';

const LESSONS_PAGE = 10;

/** `/challenges/:challenge`: every lesson on one challenge, across countries, with their places. */
export function ChallengePage() {
  usePlacePagesResources();
  const { t, i18n } = useTranslation('placePages');
  const lang = i18n.resolvedLanguage ?? 'en';
  const challenge = challengeFromSlug(useParams().challenge ?? '');
  const lessons = useQuery(lessonsQuery, {
    variables: { first: LESSONS_PAGE, filter: { challenge: challenge ?? undefined } },
    skip: !challenge,
    notifyOnNetworkStatusChange: true,
  });
  const places = useQuery(placesMapQuery, {
    variables: { first: 50, filter: { challenge: challenge ?? undefined } },
    skip: !challenge,
  });
  if (!challenge) {
    return (
      <Container size="sm">
        <Stack>
          <PageHeading title={t('challenges.unknown')} />
          <Anchor component={Link} to="/challenges">
            {t('challenges.all')}
          </Anchor>
        </Stack>
      </Container>
    );
  }
  const name = t(`places:challenge.${challenge}`);
  const edges = lessons.data?.lessons.edges ?? [];
  const pageInfo = lessons.data?.lessons.pageInfo;
  return (
    <Container size="lg">
      <Stack gap="lg">
        <Anchor component={Link} to="/challenges" size="sm">
          {t('challenges.all')}
        </Anchor>
        <PageHeading title={name} />
        <Text size="lg">{t('challenges.question', { challenge: name })}</Text>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack component="section" aria-labelledby="challenge-lessons" gap="md">
              <Title order={2} size="h3" id="challenge-lessons">
                {t('challenges.lessonsHeading')}
              </Title>
              {lessons.data && edges.length === 0 ? <Text>{t('challenges.noLessons')}</Text> : null}
              {edges.map(({ node }) => (
                <LessonCard key={node.id} lesson={node} place={node.place} />
              ))}
              {lessons.loading ? (
                <Loader role="status" size="sm" aria-label={t('index.loading')} />
              ) : null}
              {pageInfo?.hasNextPage ? (
                <Button
                  variant="outline"
                  w="fit-content"
                  disabled={lessons.loading}
                  onClick={() =>
                    void lessons.fetchMore({ variables: { after: pageInfo.endCursor } })
                  }
                >
                  {t('challenges.loadMore')}
                </Button>
              ) : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack component="section" aria-labelledby="challenge-places" gap="sm">
              <Title order={2} size="h3" id="challenge-places">
                {t('challenges.placesHeading')}
              </Title>
              <List>
                {places.data?.places.edges.map(({ node }) => (
                  <List.Item key={node.id}>
                    <Anchor component={Link} to={`/places/${node.slug}`}>
                      {node.name}
                    </Anchor>{' '}
                    ({node.city}, {countryName(node.country, lang)})
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
