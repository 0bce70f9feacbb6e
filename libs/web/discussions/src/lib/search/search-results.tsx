import { useQuery } from '@apollo/client/react';
import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { placesQuery } from '@wide-open/web/places';
import { LoadMoreButton } from '@wide-open/web/ui';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ThreadListItem } from '../components/thread-list-item';
import { memberSuggestionsQuery, searchPostsQuery, threadsQuery } from '../discussions.documents';
import { formatDateTime } from '../hooks/format-date';
import { postFilter, type SearchCriteria } from './search-filters';
import { Snippet } from './snippet';

function ResultSection({
  title,
  count,
  loading,
  empty,
  children,
}: {
  title: string;
  count: number | null;
  loading: boolean;
  empty: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('discussions');
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {title}
        {count !== null ? ` (${count})` : ''}
      </Title>
      {loading ? <Loader role="status" size="sm" aria-label={t('ui:loading')} /> : null}
      {count === 0 && !loading ? <Text c="dimmed">{empty}</Text> : null}
      {children}
    </Stack>
  );
}

export function ThreadResults({ criteria }: { criteria: SearchCriteria }) {
  const { t } = useTranslation('discussions');
  const { data, loading } = useQuery(threadsQuery, {
    variables: {
      first: 10,
      filter: {
        search: criteria.q,
        categoryId: criteria.categoryId || null,
        challenge: criteria.challenge || null,
      },
    },
  });
  const threads = data?.threads.edges.map((edge) => edge.node) ?? [];
  return (
    <ResultSection
      title={t('search.threads')}
      count={data ? threads.length : null}
      loading={loading}
      empty={t('search.noThreads')}
    >
      <Stack component="ul" gap="sm" className="wo-plain-list">
        {threads.map((thread) => (
          <li key={thread.id}>
            <ThreadListItem thread={thread} />
          </li>
        ))}
      </Stack>
    </ResultSection>
  );
}

export function PostResults({ criteria }: { criteria: SearchCriteria }) {
  const { t, i18n } = useTranslation('discussions');
  const { data, loading, fetchMore } = useQuery(searchPostsQuery, {
    variables: { query: criteria.q, filter: postFilter(criteria), first: 20 },
    notifyOnNetworkStatusChange: true,
  });
  const hits = data?.searchPosts.edges ?? [];
  const pageInfo = data?.searchPosts.pageInfo;
  return (
    <ResultSection
      title={t('search.posts')}
      count={data ? hits.length : null}
      loading={loading}
      empty={t('search.noPosts')}
    >
      <Stack component="ul" gap="sm" className="wo-plain-list">
        {hits.map(({ node }) => (
          <li key={node.post.id} className="wo-hit">
            <Anchor
              component={Link}
              to={`/discussions/${node.thread.id}#post-${node.post.id}`}
              fw={700}
            >
              {t('search.inThread', { title: node.thread.title })}
            </Anchor>
            <Text size="sm" c="dimmed">
              {node.post.author.displayName} ·{' '}
              {formatDateTime(node.post.createdAt, i18n.resolvedLanguage ?? 'en')}
            </Text>
            <Text size="sm" className="wo-snippet">
              <Snippet snippet={node.snippet} />
            </Text>
          </li>
        ))}
      </Stack>
      {pageInfo?.hasNextPage ? (
        <LoadMoreButton
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('search.loadMore')}
        </LoadMoreButton>
      ) : null}
    </ResultSection>
  );
}

export function PlaceResults({ criteria }: { criteria: SearchCriteria }) {
  const { t } = useTranslation('discussions');
  const { data, loading } = useQuery(placesQuery, {
    variables: { first: 10, filter: { search: criteria.q } },
  });
  const places = data?.places.edges.map((edge) => edge.node) ?? [];
  return (
    <ResultSection
      title={t('search.places')}
      count={data ? places.length : null}
      loading={loading}
      empty={t('search.noPlaces')}
    >
      <Stack component="ul" gap="xs" className="wo-plain-list">
        {places.map((place) => (
          <li key={place.id}>
            <Anchor component={Link} to={`/places/${place.slug}`} fw={700}>
              {place.name}
            </Anchor>
            <Text size="sm">{place.summary}</Text>
          </li>
        ))}
      </Stack>
    </ResultSection>
  );
}

export function MemberResults({ criteria }: { criteria: SearchCriteria }) {
  const { t } = useTranslation('discussions');
  const { data, loading } = useQuery(memberSuggestionsQuery, {
    variables: { search: criteria.q, first: 10 },
  });
  const members = data?.members.edges.map((edge) => edge.node) ?? [];
  return (
    <ResultSection
      title={t('search.members')}
      count={data ? members.length : null}
      loading={loading}
      empty={t('search.noMembers')}
    >
      <Stack component="ul" gap="xs" className="wo-plain-list">
        {members.map((member) => (
          <li key={member.id}>
            <Anchor component={Link} to={`/members/${member.handle}`} fw={700}>
              {member.displayName}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              @{member.handle}
            </Text>
            {member.headline ? <Text size="sm">{member.headline}</Text> : null}
          </li>
        ))}
      </Stack>
    </ResultSection>
  );
}
