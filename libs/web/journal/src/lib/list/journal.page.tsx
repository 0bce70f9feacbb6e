import '../journal.css';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Container,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Challenge } from '@wide-open/shared/contracts';
import { LiveRegion, LoadMoreButton, PageHeading } from '@wide-open/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useJournalTexts } from '../hooks/use-journal-texts.hook';
import { useJournalViewer } from '../hooks/use-journal-viewer.hook';
import { storiesQuery, storyDraftsQuery, tourPlacesQuery } from '../journal.documents';
import { FeedLink } from './feed-link';
import { FollowJournal } from './follow-journal';
import {
  asChallenge,
  asLanguage,
  readJournalFilters,
  writeJournalFilters,
  type JournalFilters,
} from './journal-filters';
import { StoryCard } from './story-card';

const PAGE_SIZE = 12;

/** The ambassador's drafts (every draft for moderators), above the published stories. */
function Drafts({ moderator }: { moderator: boolean }) {
  const { t } = useTranslation('journal');
  const headingId = useId();
  const { data } = useQuery(storyDraftsQuery, { fetchPolicy: 'cache-and-network' });
  const drafts = data?.storyDrafts.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {moderator ? t('list.draftsModerator') : t('list.drafts')}
      </Title>
      {data && drafts.length === 0 ? <Text size="sm">{t('list.noDrafts')}</Text> : null}
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} className="wo-journal-plain-list">
        {drafts.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} />
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** `/journal`: the published stories, newest first, filtered through the address. */
export function JournalPage() {
  useJournalTexts();
  const { t } = useTranslation('journal');
  const viewer = useJournalViewer();
  const headingId = useId();
  const [search, setSearch] = useSearchParams();
  const filters = readJournalFilters(search);
  const { data: tour } = useQuery(tourPlacesQuery);
  const tourPlaces = tour?.tourPlaces ?? [];
  const place = filters.place ? tourPlaces.find((p) => p.slug === filters.place) : undefined;
  // A place filter waits for the place's id; an unknown place simply matches nothing.
  const waitingForPlace = !!filters.place && !tour;
  const { data, loading, error, fetchMore } = useQuery(storiesQuery, {
    variables: {
      first: PAGE_SIZE,
      filter: {
        language: filters.language,
        challenge: filters.challenge,
        placeId: filters.place ? (place?.id ?? '00000000-0000-7000-8000-000000000000') : null,
      },
    },
    skip: waitingForPlace,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const stories = data?.stories.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.stories.pageInfo;
  const update = (patch: Partial<JournalFilters>) =>
    setSearch(writeJournalFilters({ ...filters, ...patch }));
  const filtered = !!(filters.language || filters.challenge || filters.place);

  return (
    <Container size="lg" className="wo-journal">
      <Stack gap="lg">
        <Stack gap="sm">
          <PageHeading title={t('list.title')} />
          <Text>{t('list.intro')}</Text>
          <Group gap="md" align="flex-start">
            {viewer.ambassador ? (
              <Button component={Link} to="/journal/new">
                {t('list.newStory')}
              </Button>
            ) : null}
            <FollowJournal />
          </Group>
          <FeedLink />
        </Stack>
        {viewer.ambassador ? <Drafts moderator={viewer.moderator} /> : null}
        <form role="search" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              id="journal-language"
              label={t('list.language')}
              value={filters.language ?? ''}
              onChange={(e) => update({ language: asLanguage(e.currentTarget.value) })}
              data={[
                { value: '', label: t('list.anyLanguage') },
                { value: 'en', label: t('languageName.en') },
                { value: 'fr', label: t('languageName.fr') },
              ]}
              w={{ base: '100%', xs: 200 }}
            />
            <NativeSelect
              id="journal-challenge"
              label={t('list.challenge')}
              value={filters.challenge ?? ''}
              onChange={(e) => update({ challenge: asChallenge(e.currentTarget.value) })}
              data={[
                { value: '', label: t('list.anyChallenge') },
                ...Object.values(Challenge).map((c) => ({
                  value: c,
                  label: t(`places:challenge.${c}`),
                })),
              ]}
              w={{ base: '100%', xs: 260 }}
            />
            <NativeSelect
              id="journal-place"
              label={t('list.place')}
              value={filters.place ?? ''}
              onChange={(e) => update({ place: e.currentTarget.value || null })}
              data={[
                { value: '', label: t('list.anyPlace') },
                ...tourPlaces.map((p) => ({ value: p.slug, label: p.name })),
                // A place in the address but not (or no longer) visited stays selectable.
                ...(filters.place && !place
                  ? [{ value: filters.place, label: filters.place }]
                  : []),
              ]}
              w={{ base: '100%', xs: 260 }}
            />
            {filtered ? (
              <Button
                variant="subtle"
                onClick={() => update({ language: null, challenge: null, place: null })}
              >
                {t('list.clear')}
              </Button>
            ) : null}
          </Group>
        </form>
        <Stack component="section" aria-labelledby={headingId} gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('list.stories')}
          </Title>
          {error && !data ? <Alert color="red">{t('list.error')}</Alert> : null}
          {data && stories.length === 0 ? <Text>{t('list.empty')}</Text> : null}
          <SimpleGrid
            component="ul"
            cols={{ base: 1, sm: 2, md: 3 }}
            className="wo-journal-plain-list"
          >
            {stories.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </SimpleGrid>
          {loading ? <Loader size="sm" aria-label={t('list.loading')} /> : null}
          <LiveRegion message={data ? t('list.count', { count: stories.length }) : ''} />
          {pageInfo?.hasNextPage ? (
            <LoadMoreButton
              loading={loading}
              onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
            >
              {t('list.loadMore')}
            </LoadMoreButton>
          ) : null}
        </Stack>
      </Stack>
    </Container>
  );
}
