import { useMutation } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { type PostFieldsFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { hidePostMutation, unhidePostMutation } from './moderation.documents';

/** Moderators hide a post (its words disappear for members) or show it again. */
export function PostModerationMenu({
  post,
  announce,
}: {
  post: PostFieldsFragment;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation('discussions');
  const [hide] = useMutation(hidePostMutation);
  const [unhide] = useMutation(unhidePostMutation);
  const act = async () => {
    const label = post.hidden ? t('moderation.unhidePost') : t('moderation.hidePost');
    try {
      if (post.hidden) await unhide({ variables: { id: post.id } });
      else await hide({ variables: { id: post.id, reason: null } });
      announce(t('moderation.done', { action: label }));
    } catch {
      announce(t('moderation.failed'));
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="subtle"
          aria-label={t('moderation.postMenu', { name: post.author.displayName })}
        >
          {t('moderation.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void act()}>
          {post.hidden ? t('moderation.unhidePost') : t('moderation.hidePost')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
