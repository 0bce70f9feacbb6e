import '../journal.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, Stack, Text } from '@mantine/core';
import { platformSettingsQuery } from '@wide-open/web/data-access';
import { PageHeading, PageLoader } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useJournalTexts } from '../hooks/use-journal-texts.hook';
import { type JournalViewer, useJournalViewer } from '../hooks/use-journal-viewer.hook';
import { storyQuery } from '../journal.documents';
import { StoryForm } from './story-form';

/** 10 MiB, the API's default, until the platform settings arrive. */
const DEFAULT_UPLOAD_MAX = 10 * 1_048_576;

/** Ambassadors and above; visitors sign in first and come back. */
function EditorGate({
  viewer,
  title,
  children,
}: {
  viewer: JournalViewer;
  title: string;
  children: () => ReactNode;
}) {
  const { t } = useTranslation('journal');
  const { pathname } = useLocation();
  if (viewer.loading) return <PageLoader />;
  if (!viewer.member)
    return <Navigate to={`/sign-in?next=${encodeURIComponent(pathname)}`} replace />;
  if (!viewer.ambassador)
    return (
      <Stack gap="md">
        <PageHeading title={title} />
        <Alert color="gray">{t('editor.notAllowed')}</Alert>
        <Anchor component={Link} to="/journal">
          {t('editor.cancel')}
        </Anchor>
      </Stack>
    );
  return <>{children()}</>;
}

/** `/journal/new`: a new story, saved as a draft or published at once. */
export function NewStoryPage() {
  useJournalTexts();
  const { t } = useTranslation('journal');
  const viewer = useJournalViewer();
  const { data: settings } = useQuery(platformSettingsQuery);
  return (
    <Container size="md" className="wo-journal">
      <EditorGate viewer={viewer} title={t('editor.newTitle')}>
        {() => (
          <Stack gap="md">
            <PageHeading title={t('editor.newTitle')} />
            <Text>{t('editor.intro')}</Text>
            <StoryForm
              story={null}
              author={viewer.member!}
              uploadMaxBytes={settings?.platformSettings.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX}
            />
          </Stack>
        )}
      </EditorGate>
    </Container>
  );
}

/** `/journal/:slug/edit`: its author and moderators (the API decides again). */
export function EditStoryPage() {
  useJournalTexts();
  const { t } = useTranslation('journal');
  const { slug = '' } = useParams();
  const viewer = useJournalViewer();
  const { data: settings } = useQuery(platformSettingsQuery);
  const { data, loading } = useQuery(storyQuery, {
    variables: { slug },
    skip: !viewer.ambassador,
    fetchPolicy: 'cache-and-network',
  });
  const story = data?.story;
  return (
    <Container size="md" className="wo-journal">
      <EditorGate viewer={viewer} title={t('editor.editTitle')}>
        {() =>
          loading && !data ? (
            <PageLoader />
          ) : story && (viewer.moderator || story.author.id === viewer.member?.id) ? (
            <Stack gap="md">
              <PageHeading title={t('editor.editTitle')} documentTitle={story.title} />
              <Text>{t('editor.intro')}</Text>
              <StoryForm
                key={story.id}
                story={story}
                author={viewer.member!}
                uploadMaxBytes={settings?.platformSettings.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX}
              />
            </Stack>
          ) : (
            <Stack>
              <PageHeading title={t('story.notFound')} />
              <Text>{t('story.notFoundBody')}</Text>
            </Stack>
          )
        }
      </EditorGate>
    </Container>
  );
}
