import '../journal.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { StoryStatus } from '@wide-open/shared/contracts';
import { type StoryDetailsFragment } from '@wide-open/web/data-access';
import { LazyThreadDiscussion } from '@wide-open/web/discussions';
import { LiveRegion, PageHeading, PageLoader } from '@wide-open/web/ui';
import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useJournalTexts } from '../hooks/use-journal-texts.hook';
import { useJournalViewer } from '../hooks/use-journal-viewer.hook';
import { publishStoryMutation, storyQuery } from '../journal.documents';
import { FollowJournal } from '../list/follow-journal';
import { FeedLink } from '../list/feed-link';
import { StoryArticle, type StoryView } from './story-article';

/** A saved story as the article shows it. */
export function toStoryView(story: StoryDetailsFragment): StoryView {
  return {
    title: story.title,
    summary: story.summary,
    body: story.body,
    language: story.language,
    videos: story.videos,
    challenges: story.challenges,
    publishedAt: story.publishedAt ?? null,
    updatedAt: story.updatedAt,
    version: story.version,
    cover: story.cover
      ? {
          url: story.cover.largeUrl,
          alt: story.cover.alt ?? null,
          width: story.cover.width,
          height: story.cover.height,
        }
      : null,
    places: story.places,
    author: story.author,
  };
}

/** Shown to the author and moderators on a draft: what it is, and how to publish it. */
function DraftBanner({
  story,
  onPublished,
}: {
  story: StoryDetailsFragment;
  onPublished: () => void;
}) {
  const { t } = useTranslation('journal');
  const [publish, { loading }] = useMutation(publishStoryMutation);
  const [failed, setFailed] = useState(false);
  return (
    <Stack gap="sm">
      <Alert color="orange" variant="light">
        <Text size="sm">
          <Text component="strong" fw={700} size="sm">
            {t('story.draftTitle')}
          </Text>
          {' · '}
          {t('story.draftBanner')}
        </Text>
      </Alert>
      {failed ? (
        <Text size="sm" c="red.9" role="alert">
          {t('story.publishFailed')}
        </Text>
      ) : null}
      <Group gap="sm">
        <Button component={Link} to={`/journal/${story.slug}/edit`} variant="outline">
          {t('story.edit')}
        </Button>
        <Button
          loading={loading}
          onClick={() =>
            void publish({ variables: { id: story.id } })
              .then(() => onPublished())
              .catch(() => setFailed(true))
          }
        >
          {t('story.publish')}
        </Button>
      </Group>
    </Stack>
  );
}

function Comments({ story }: { story: StoryDetailsFragment }) {
  const { t } = useTranslation('journal');
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('story.comments')}
      </Title>
      {story.threadId ? (
        <>
          <Text size="sm">{t('story.commentsIntro')}</Text>
          <Suspense fallback={<PageLoader />}>
            <LazyThreadDiscussion threadId={story.threadId} />
          </Suspense>
        </>
      ) : (
        <Text size="sm">{t('story.noComments')}</Text>
      )}
    </Stack>
  );
}

/** `/journal/:slug`: a story, public once published; its author and moderators see the draft. */
export function StoryPage() {
  useJournalTexts();
  const { t } = useTranslation('journal');
  const { slug = '' } = useParams();
  const viewer = useJournalViewer();
  const [announcement, setAnnouncement] = useState('');
  const { data, loading, error } = useQuery(storyQuery, {
    variables: { slug },
    skip: viewer.loading,
  });
  const story = data?.story;
  let body;
  if (viewer.loading || (loading && !data)) body = <PageLoader />;
  else if (!story)
    body = (
      <Stack>
        <PageHeading title={t('story.notFound')} />
        <Text>{error ? t('story.error') : t('story.notFoundBody')}</Text>
      </Stack>
    );
  else
    body = (
      <Stack gap="xl">
        {story.status === StoryStatus.DRAFT ? (
          <DraftBanner story={story} onPublished={() => setAnnouncement(t('story.published'))} />
        ) : viewer.moderator || story.author.id === viewer.member?.id ? (
          <Group>
            <Button component={Link} to={`/journal/${story.slug}/edit`} variant="outline">
              {t('story.edit')}
            </Button>
          </Group>
        ) : null}
        <StoryArticle story={toStoryView(story)} />
        {story.status === StoryStatus.PUBLISHED ? (
          <>
            <FollowJournal />
            <Comments story={story} />
          </>
        ) : null}
      </Stack>
    );
  return (
    <Container size="md" className="wo-journal">
      <Stack gap="md">
        <FeedLink head />
        <Anchor component={Link} to="/journal" size="sm">
          ← {t('story.back')}
        </Anchor>
        {body}
        <LiveRegion message={announcement} />
      </Stack>
    </Container>
  );
}
