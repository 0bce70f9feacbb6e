import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Center,
  Container,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { MemberStatus } from '@wide-open/shared/contracts';
import { platformSettingsQuery, useSession } from '@wide-open/web/data-access';
import { LiveRegion, PageHeading } from '@wide-open/web/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PlaceCard } from '../components/place-card';
import { usePlacePagesResources } from '../i18n/use-place-pages-resources.hook';
import { type MapPlace } from '../map/map-place';
import { placesMapQuery } from '../place.documents';
import { noPlaceFilters, placeFilter, PlaceFilters, type PlaceFilterValues } from './place-filters';

// Leaflet, the country shapes and Supercluster load only with this page, after its list.
const PlacesMap = lazy(() => import('../map/places-map').then((m) => ({ default: m.PlacesMap })));

// The map shows a page of matches at once; 50 keeps the query under the API's cost limit
// (a list costs its page size times its fields). "Load more" adds the next page to both.
const PAGE_SIZE = 50;

/** `/places`: a world map beside the filtered list of places. */
export function PlacesIndexPage() {
  usePlacePagesResources();
  const { t } = useTranslation('placePages');
  const navigate = useNavigate();
  const { member } = useSession();
  const [values, setValues] = useState<PlaceFilterValues>(noPlaceFilters);
  const [applied] = useDebouncedValue(values, 300);
  const { data: settings } = useQuery(platformSettingsQuery);
  const { data, loading, error, fetchMore } = useQuery(placesMapQuery, {
    variables: { first: PAGE_SIZE, filter: placeFilter(applied) },
    notifyOnNetworkStatusChange: true,
  });
  const places = useMemo(() => data?.places.edges.map((edge) => edge.node) ?? [], [data]);
  const mapped = useMemo(
    () =>
      places.flatMap((p): MapPlace[] =>
        p.latitude != null && p.longitude != null
          ? [
              {
                id: p.id,
                slug: p.slug,
                name: p.name,
                city: p.city,
                latitude: p.latitude,
                longitude: p.longitude,
                visited: p.visitedByTour,
              },
            ]
          : [],
      ),
    [places],
  );
  const pageInfo = data?.places.pageInfo;
  const unmapped = places.length - mapped.length;

  return (
    <Container size="xl">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <PageHeading title={t('index.title')} />
            <Text>{t('index.intro')}</Text>
          </Stack>
          {member?.status === MemberStatus.ACTIVE ? (
            <Button component={Link} to="/places/new">
              {t('index.add')}
            </Button>
          ) : null}
        </Group>
        <PlaceFilters values={values} onChange={setValues} />
        {error && !data ? <Alert color="red">{t('index.error')}</Alert> : null}
        <LiveRegion message={data ? t('index.count', { count: places.length }) : ''} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Suspense
              fallback={
                <Center h={320}>
                  <Loader role="status" aria-label={t('map.loading')} />
                </Center>
              }
            >
              <PlacesMap
                places={mapped}
                tileUrl={settings?.platformSettings.mapTileUrl ?? null}
                onOpen={(slug) => void navigate(`/places/${slug}`)}
              />
            </Suspense>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack component="section" aria-labelledby="places-list-heading" gap="sm">
              <Title order={2} size="h3" id="places-list-heading">
                {t('index.list')}
              </Title>
              {data ? <Text size="sm">{t('index.count', { count: places.length })}</Text> : null}
              {unmapped > 0 ? (
                <Text size="sm">{t('index.notOnMap', { count: unmapped })}</Text>
              ) : null}
              {data && places.length === 0 ? <Text>{t('index.empty')}</Text> : null}
              <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {places.map((place) => (
                  <li key={place.id}>
                    <PlaceCard place={place} linked />
                  </li>
                ))}
              </Stack>
              {loading ? <Loader role="status" aria-label={t('index.loading')} size="sm" /> : null}
              {pageInfo?.hasNextPage ? (
                <Button
                  variant="outline"
                  disabled={loading}
                  w="fit-content"
                  onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
                >
                  {t('index.loadMore')}
                </Button>
              ) : null}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
