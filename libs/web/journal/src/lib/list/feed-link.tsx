import { Anchor, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The Atom feed, on the app's own origin (the API serves it beside the app). */
export const FEED_PATH = '/journal/feed.atom';

/**
 * Announces the feed to browsers and feed readers (`<link rel="alternate">`, which React puts
 * in the document's head); with `head` only, nothing else is shown.
 */
export function FeedLink({ head = false }: { head?: boolean }) {
  const { t } = useTranslation('journal');
  const helpId = useId();
  const url = `${window.location.origin}${FEED_PATH}`;
  const alternate = (
    <link rel="alternate" type="application/atom+xml" title={t('list.feed')} href={FEED_PATH} />
  );
  if (head) return alternate;
  return (
    <Stack gap={2}>
      {alternate}
      <Anchor href={FEED_PATH} aria-describedby={helpId} w="fit-content">
        {t('list.feed')}
      </Anchor>
      <Text size="sm" c="gray.8" id={helpId}>
        {t('list.feedHelp', { url })}
      </Text>
    </Stack>
  );
}
