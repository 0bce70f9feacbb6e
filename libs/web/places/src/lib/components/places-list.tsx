import { Alert, Button, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Challenge } from '@wide-open/shared/contracts';
import { LiveRegion } from '@wide-open/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placesQuery } from '../places.documents';
import { PlaceCard } from './place-card';

const PAGE_SIZE = 6;

function isChallenge(value: string): value is Challenge {
  return (Object.values(Challenge) as string[]).includes(value);
}

/** The public list of places, a page at a time, optionally narrowed to one challenge. */
export function PlacesList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('places');
  const headingId = useId();
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const { data, loading, error, fetchMore } = useQuery(placesQuery, {
    variables: { first: PAGE_SIZE, filter: challenge ? { challenge } : null },
    notifyOnNetworkStatusChange: true,
  });
  const places = data?.places.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.places.pageInfo;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={headingLevel} id={headingId}>
        {t('list.title')}
      </Title>
      <NativeSelect
        label={t('list.filterLabel')}
        maw={360}
        value={challenge ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setChallenge(isChallenge(value) ? value : null);
        }}
        data={[
          { value: '', label: t('list.allChallenges') },
          ...Object.values(Challenge).map((c) => ({ value: c, label: t(`challenge.${c}`) })),
        ]}
      />
      {error && !data ? <Alert color="red">{t('list.error')}</Alert> : null}
      {data && places.length === 0 ? <Text>{t('list.empty')}</Text> : null}
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        component="ul"
        role="list"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {places.map((place) => (
          <li key={place.id}>
            <PlaceCard place={place} headingLevel={headingLevel === 2 ? 3 : 2} />
          </li>
        ))}
      </SimpleGrid>
      {loading ? <Loader role="status" aria-label={t('list.loading')} size="sm" /> : null}
      <LiveRegion message={data ? t('list.count', { count: places.length }) : ''} />
      {pageInfo?.hasNextPage ? (
        <Button
          variant="outline"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('list.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
