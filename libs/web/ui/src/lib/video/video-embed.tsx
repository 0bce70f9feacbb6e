import { AspectRatio, Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { videoEmbed } from './video-embed-url';

/**
 * A privacy-friendly video: until the reader clicks, nothing is requested from the video host
 * (no iframe, no thumbnail), and the notice says which host will be contacted. `title` names
 * the player for assistive technologies ("Video 2 of Ponyride").
 */
export function VideoEmbed({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation('ui');
  const [loaded, setLoaded] = useState(false);
  const embed = videoEmbed(url);
  const linkHost = embed?.host ?? safeHost(url);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        {embed && loaded ? (
          <AspectRatio ratio={16 / 9}>
            <iframe
              src={embed.embedUrl}
              title={title}
              allow="fullscreen; picture-in-picture"
              allowFullScreen
              referrerPolicy="strict-origin-when-cross-origin"
              style={{ border: 0 }}
            />
          </AspectRatio>
        ) : embed ? (
          <AspectRatio ratio={16 / 9}>
            <Stack
              align="center"
              justify="center"
              p="md"
              gap="sm"
              style={{ background: 'var(--mantine-color-gray-1)' }}
            >
              <Text size="sm" ta="center">
                {t('video.notice', { host: embed.host })}
              </Text>
              <Button
                onClick={() => setLoaded(true)}
                aria-label={`${t('video.load', { host: embed.host })} (${title})`}
              >
                {t('video.load', { host: embed.host })}
              </Button>
            </Stack>
          </AspectRatio>
        ) : null}
        <Anchor
          href={url}
          rel="nofollow ugc noopener"
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
        >
          {t('video.open', { host: linkHost })}
        </Anchor>
      </Stack>
    </Card>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
