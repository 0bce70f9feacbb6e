import { useQuery } from '@apollo/client/react';
import { Alert, Button, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type MemberFilter } from '@wide-open/web/data-access';
import { LiveRegion } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersQuery } from '../members.documents';
import {
  DirectoryFilters,
  type DirectoryFilterValues,
  noDirectoryFilters,
} from './directory-filters';
import { MemberCard } from './member-card';

export const DIRECTORY_PAGE_SIZE = 12;

/** Only the filters in use: the server treats an absent filter as "any". */
export function directoryFilter(values: DirectoryFilterValues): MemberFilter | null {
  const filter: MemberFilter = {};
  if (values.search.trim()) filter.search = values.search.trim();
  if (values.skill.trim()) filter.skill = values.skill.trim();
  if (values.interest.trim()) filter.interest = values.interest.trim();
  if (values.country) filter.country = values.country;
  if (values.language) filter.language = values.language;
  if (values.communityRole) filter.communityRole = values.communityRole;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** Filters, the card grid, and "load more" (keyset pages from the server). */
export function MemberDirectory() {
  const { t } = useTranslation('members');
  const [values, setValues] = useState<DirectoryFilterValues>(noDirectoryFilters);
  // Typing is debounced; the selects apply at once, but one debounce keeps a single query.
  const [applied] = useDebouncedValue(values, 300);
  const { data, loading, error, fetchMore } = useQuery(membersQuery, {
    variables: { first: DIRECTORY_PAGE_SIZE, filter: directoryFilter(applied) },
    notifyOnNetworkStatusChange: true,
  });
  const members = data?.members.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.members.pageInfo;
  return (
    <Stack gap="md">
      <DirectoryFilters values={values} onChange={setValues} />
      {error && !data ? <Alert color="red">{t('directory.error')}</Alert> : null}
      {data && members.length === 0 ? <Text>{t('directory.empty')}</Text> : null}
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        component="ul"
        role="list"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {members.map((member) => (
          <li key={member.id}>
            <MemberCard member={member} />
          </li>
        ))}
      </SimpleGrid>
      {loading ? <Loader role="status" aria-label={t('directory.loading')} size="sm" /> : null}
      <LiveRegion message={data ? t('directory.count', { count: members.length }) : ''} />
      {pageInfo?.hasNextPage ? (
        <Button
          variant="outline"
          disabled={loading}
          w="fit-content"
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('directory.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
