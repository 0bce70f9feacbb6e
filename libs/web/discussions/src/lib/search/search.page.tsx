import '../discussions.css';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Container,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { Challenge, Limits } from '@wide-open/shared/contracts';
import { PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { categoriesQuery } from '../discussions.documents';
import { isChallenge } from '../hooks/challenge';
import { useDiscussionsTexts } from '../hooks/use-discussions-texts.hook';
import { useLanguageRefetch } from '../hooks/use-language-refetch.hook';
import { useViewer } from '../hooks/use-viewer.hook';
import { ResearchExportLinks } from '../thread/research-export-links';
import { criteriaFrom, paramsFrom, type SearchCriteria } from './search-filters';
import { MemberResults, PlaceResults, PostResults, ThreadResults } from './search-results';

function SearchForm({
  initial,
  onSearch,
}: {
  initial: SearchCriteria;
  onSearch: (criteria: SearchCriteria) => void;
}) {
  const { t } = useTranslation('discussions');
  const [criteria, setCriteria] = useState(initial);
  const { data, refetch } = useQuery(categoriesQuery);
  useLanguageRefetch(refetch);
  const set = (key: keyof SearchCriteria, value: string) =>
    setCriteria((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(criteria);
  };
  return (
    <form role="search" onSubmit={submit}>
      <Stack gap="sm">
        <Group gap="xs" align="flex-end">
          <TextInput
            id="q"
            type="search"
            label={t('search.label')}
            description={t('search.hint')}
            placeholder={t('search.placeholder')}
            maxLength={Limits.search}
            value={criteria.q}
            onChange={(event) => set('q', event.currentTarget.value)}
            style={{ flex: '1 1 14rem', minWidth: 0 }}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
        <Fieldset legend={t('search.filters')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm">
            <NativeSelect
              label={t('list.category')}
              value={criteria.categoryId}
              onChange={(event) => set('categoryId', event.currentTarget.value)}
              data={[
                { value: '', label: t('list.allCategories') },
                ...(data?.categories ?? []).map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
            <NativeSelect
              label={t('list.challenge')}
              value={criteria.challenge}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set('challenge', isChallenge(value) ? value : '');
              }}
              data={[
                { value: '', label: t('list.allChallenges') },
                ...Object.values(Challenge).map((c) => ({ value: c, label: t(`challenge.${c}`) })),
              ]}
            />
            <TextInput
              label={t('search.author')}
              value={criteria.author}
              onChange={(event) => set('author', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('search.from')}
              value={criteria.from}
              onChange={(event) => set('from', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('search.to')}
              value={criteria.to}
              onChange={(event) => set('to', event.currentTarget.value)}
            />
          </SimpleGrid>
        </Fieldset>
      </Stack>
    </form>
  );
}

/** `/search?q=…`: threads, messages (with highlighted snippets), places and members at once. */
export function SearchPage() {
  useDiscussionsTexts();
  const { t } = useTranslation('discussions');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const criteria = criteriaFrom(params);
  const key = params.toString();
  const searching = criteria.q.trim().length > 0;
  return (
    <Container size="lg" className="wo-discussions">
      <Stack gap="lg">
        <PageHeading
          title={searching ? t('search.resultsFor', { query: criteria.q }) : t('search.title')}
        />
        <SearchForm key={key} initial={criteria} onSearch={(next) => setParams(paramsFrom(next))} />
        {searching ? (
          <>
            {viewer.researcher ? <ResearchExportLinks query={{ search: criteria.q }} /> : null}
            <Grid gap="xl">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack gap="xl">
                  <ThreadResults key={`t-${key}`} criteria={criteria} />
                  {viewer.active ? <PostResults key={`p-${key}`} criteria={criteria} /> : null}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="xl">
                  <PlaceResults key={`pl-${key}`} criteria={criteria} />
                  {viewer.active ? <MemberResults key={`m-${key}`} criteria={criteria} /> : null}
                </Stack>
              </Grid.Col>
            </Grid>
            {!viewer.active && !viewer.loading ? (
              <Text c="dimmed">{t('search.membersOnly')}</Text>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Container>
  );
}
