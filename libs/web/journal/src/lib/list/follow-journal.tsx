import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { LiveRegion } from '@wide-open/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useJournalViewer } from '../hooks/use-journal-viewer.hook';
import { followJournalMutation, journalQuery, unfollowJournalMutation } from '../journal.documents';

/** Follow or stop following the journal; visitors are offered to sign in first. */
export function FollowJournal() {
  const { t } = useTranslation('journal');
  const viewer = useJournalViewer();
  const { pathname } = useLocation();
  const helpId = useId();
  const [message, setMessage] = useState('');
  const { data } = useQuery(journalQuery, { skip: viewer.loading });
  // The journal has no id to be normalised by: each answer is written over the query's.
  const [follow, { loading: following }] = useMutation(followJournalMutation, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: journalQuery, data: { journal: data.followJournal } });
    },
  });
  const [unfollow, { loading: unfollowing }] = useMutation(unfollowJournalMutation, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: journalQuery, data: { journal: data.unfollowJournal } });
    },
  });
  const journal = data?.journal;

  if (!viewer.loading && !viewer.member)
    return (
      <Button
        component={Link}
        to={`/sign-in?next=${encodeURIComponent(pathname)}`}
        variant="outline"
      >
        {t('follow.signIn')}
      </Button>
    );
  if (!viewer.active || !journal) return null;
  const toggle = async () => {
    try {
      if (journal.viewerFollows) {
        await unfollow();
        setMessage(t('follow.unfollowed'));
      } else {
        await follow();
        setMessage(t('follow.followed'));
      }
    } catch {
      setMessage(t('follow.failed'));
    }
  };
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Button
          variant={journal.viewerFollows ? 'outline' : 'filled'}
          loading={following || unfollowing}
          aria-pressed={journal.viewerFollows}
          aria-describedby={helpId}
          onClick={() => void toggle()}
        >
          {journal.viewerFollows ? t('follow.unfollow') : t('follow.follow')}
        </Button>
        <Text size="sm">{t('follow.followers', { count: journal.followersCount })}</Text>
      </Group>
      <Text size="sm" c="gray.8" id={helpId}>
        {t('follow.help')}
      </Text>
      <LiveRegion message={message} />
    </Stack>
  );
}
