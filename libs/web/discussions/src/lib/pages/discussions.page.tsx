import '../discussions.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Container, Grid, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { Challenge } from '@wide-open/shared/contracts';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CategoryList } from '../components/category-list';
import { ThreadList } from '../components/thread-list';
import { categoriesQuery } from '../discussions.documents';
import { isChallenge } from '../hooks/challenge';
import { useDiscussionsTexts } from '../hooks/use-discussions-texts.hook';
import { useLanguageRefetch } from '../hooks/use-language-refetch.hook';
import { useViewer } from '../hooks/use-viewer.hook';
import { SearchBox } from '../search/search-box';

/** `/discussions`: categories, threads (filtered through the URL, so views can be shared). */
export function DiscussionsPage() {
  useDiscussionsTexts();
  const { t } = useTranslation('discussions');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const categoryId = params.get('category');
  const challengeParam = params.get('challenge');
  const challenge = isChallenge(challengeParam) ? challengeParam : null;
  const { data, refetch } = useQuery(categoriesQuery);
  useLanguageRefetch(refetch);

  const hrefFor = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('category', id);
    else next.delete('category');
    const query = next.toString();
    return query ? `/discussions?${query}` : '/discussions';
  };

  return (
    <Container size="lg" className="wo-discussions">
      <Stack gap="lg">
        <Stack gap="xs">
          <PageHeading title={t('list.title')} />
          <Text>{t('list.intro')}</Text>
          <Group>
            {viewer.active ? (
              <Button component={Link} to="/discussions/new">
                {t('list.newThread')}
              </Button>
            ) : null}
          </Group>
          <SearchBox />
          {!viewer.loading && !viewer.member ? (
            <Text size="sm">{t('list.signInToPost')}</Text>
          ) : null}
          {viewer.member && !viewer.active ? (
            <Alert color="gray">{t('list.applicantsReadTitles')}</Alert>
          ) : null}
        </Stack>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 2, md: 1 }}>
            <CategoryList
              categories={data?.categories ?? []}
              selected={categoryId}
              hrefFor={hrefFor}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 1, md: 2 }}>
            <Stack gap="md">
              <NativeSelect
                label={t('list.challenge')}
                maw={360}
                value={challenge ?? ''}
                onChange={(event) => {
                  const next = new URLSearchParams(params);
                  const value = event.currentTarget.value;
                  if (value) next.set('challenge', value);
                  else next.delete('challenge');
                  setParams(next);
                }}
                data={[
                  { value: '', label: t('list.allChallenges') },
                  ...Object.values(Challenge).map((c) => ({
                    value: c,
                    label: t(`challenge.${c}`),
                  })),
                ]}
              />
              <ThreadList categoryId={categoryId} challenge={challenge} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
