import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { countryName, PageHeading, PageLoader } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlacePagesResources } from '../i18n/use-place-pages-resources.hook';
import { challengesQuery } from '../place.documents';
import { challengeSlug } from './challenge-slug';

/** `/challenges`: each common challenge with how many places and lessons, and where. */
export function ChallengesPage() {
  usePlacePagesResources();
  const { t, i18n } = useTranslation('placePages');
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data, loading, error } = useQuery(challengesQuery);
  return (
    <Container size="lg">
      <Stack gap="md">
        <PageHeading title={t('challenges.title')} />
        <Text maw={760}>{t('challenges.intro')}</Text>
        {loading && !data ? <PageLoader /> : null}
        {error && !data ? <Alert color="red">{t('challenges.error')}</Alert> : null}
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: 3 }}
          component="ul"
          role="list"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {data?.challenges.map((overview) => {
            const name = t(`places:challenge.${overview.challenge}`);
            return (
              <li key={overview.challenge}>
                <Card component="article" withBorder padding="md" h="100%">
                  <Stack gap="xs">
                    <Title order={2} size="h4">
                      <Anchor
                        component={Link}
                        to={`/challenges/${challengeSlug(overview.challenge)}`}
                        inherit
                      >
                        {name}
                      </Anchor>
                    </Title>
                    <Text size="sm">
                      {t('challenges.places', { count: overview.placesCount })} ·{' '}
                      {t('challenges.lessons', { count: overview.lessonsCount })}
                    </Text>
                    {overview.countries.length > 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('challenges.countries', {
                          list: overview.countries
                            .map((code) => countryName(code, lang))
                            .join(', '),
                        })}
                      </Text>
                    ) : null}
                  </Stack>
                </Card>
              </li>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
