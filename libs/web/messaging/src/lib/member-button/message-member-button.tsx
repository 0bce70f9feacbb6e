import { Button, type ButtonProps } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { MemberStatus } from '@wide-open/shared/contracts';
import { useResourceBundle, useSession } from '@wide-open/web/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { conversationsQuery } from '../messaging.documents';

const texts = {
  en: { messageTo: 'Send a message to {{name}}', message: 'Send a message' },
  fr: { messageTo: 'Envoyer un message à {{name}}', message: 'Envoyer un message' },
};

export interface MessageMemberButtonProps extends ButtonProps {
  member: { id: string; handle: string; displayName: string };
}

/**
 * Opens the conversation with this member, or a new message to them when there is none yet.
 * Shown to ACTIVE members only, never on one's own profile.
 */
export function MessageMemberButton({ member, ...props }: MessageMemberButtonProps) {
  useResourceBundle('messagingButton', texts);
  const { t } = useTranslation('messagingButton');
  const { member: viewer } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  if (viewer?.status !== MemberStatus.ACTIVE || viewer.id === member.id) return null;

  const open = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({ query: conversationsQuery, variables: { first: 100 } });
      const pair = data?.conversations.edges.find(
        ({ node }) =>
          !node.isGroup &&
          node.participants.length === 2 &&
          node.participants.some((p) => p.id === member.id),
      );
      void navigate(
        pair
          ? `/messages/${pair.node.id}`
          : `/messages/new?to=${encodeURIComponent(member.handle)}`,
      );
    } catch {
      void navigate(`/messages/new?to=${encodeURIComponent(member.handle)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="light"
      color="teal.9"
      loading={busy}
      onClick={() => void open()}
      aria-label={t('messageTo', { name: member.displayName })}
      {...props}
    >
      {t('message')}
    </Button>
  );
}
