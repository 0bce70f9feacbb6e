import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { LiveRegion } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { followPlaceMutation, unfollowPlaceMutation } from '../place.documents';

export interface FollowButtonProps {
  place: { id: string; name: string; followersCount: number; viewerFollows: boolean };
  canFollow: boolean;
}

/** A toggle button (aria-pressed) with the followers' count; visitors are invited to sign in. */
export function FollowButton({ place, canFollow }: FollowButtonProps) {
  const { t } = useTranslation('placePages');
  const location = useLocation();
  const [status, setStatus] = useState('');
  const [follow, { loading: following }] = useMutation(followPlaceMutation);
  const [unfollow, { loading: unfollowing }] = useMutation(unfollowPlaceMutation);
  const toggle = async () => {
    try {
      if (place.viewerFollows) {
        await unfollow({ variables: { id: place.id } });
        setStatus(t('place.unfollowed', { name: place.name }));
      } else {
        await follow({ variables: { id: place.id } });
        setStatus(t('place.followed', { name: place.name }));
      }
    } catch {
      setStatus(t('place.followFailed'));
    }
  };
  return (
    <Group gap="sm">
      {canFollow ? (
        <Button
          variant={place.viewerFollows ? 'filled' : 'outline'}
          aria-pressed={place.viewerFollows}
          loading={following || unfollowing}
          onClick={() => void toggle()}
          title={t('place.followHelp')}
        >
          {place.viewerFollows ? t('place.unfollow') : t('place.follow')}
        </Button>
      ) : (
        <Button
          component={Link}
          to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}
          variant="outline"
        >
          {t('place.followSignIn')}
        </Button>
      )}
      <Text size="sm" data-testid="followers-count">
        {t('place.followers', { count: place.followersCount })}
      </Text>
      <LiveRegion message={status} />
    </Group>
  );
}
