import { Anchor, Group, List, SimpleGrid, Stack, Title } from '@mantine/core';
import { type PlaceDetailsFragment } from '@wide-open/web/data-access';
import { Markdown, VideoEmbed } from '@wide-open/web/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { challengeSlug } from '../challenges/challenge-slug';
import { PhotoGallery } from './photo-gallery';

/** A titled region of the page: its h2 names it for screen-reader navigation. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Stack component="section" aria-labelledby={`${id}-heading`} gap="sm">
      <Title order={2} size="h3" id={`${id}-heading`}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Description, facts, photos, videos and challenges, each only when there is something. */
export function PlaceContent({ place }: { place: PlaceDetailsFragment }) {
  const { t } = useTranslation('placePages');
  return (
    <>
      {place.photos.length > 0 ? (
        <Section id="photos" title={t('place.photos')}>
          <PhotoGallery photos={place.photos} name={place.name} />
        </Section>
      ) : null}
      {place.description ? (
        <Section id="about" title={t('place.about')}>
          <Markdown>{place.description}</Markdown>
        </Section>
      ) : null}
      {place.facts.length > 0 ? (
        <Section id="facts" title={t('place.facts')}>
          <List>
            {place.facts.map((fact) => (
              <List.Item key={fact}>{fact}</List.Item>
            ))}
          </List>
        </Section>
      ) : null}
      {place.challenges.length > 0 ? (
        <Section id="challenges" title={t('place.challenges')}>
          <Group component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {place.challenges.map((challenge) => (
              <li key={challenge}>
                <Anchor component={Link} to={`/challenges/${challengeSlug(challenge)}`}>
                  {t(`places:challenge.${challenge}`)}
                </Anchor>
              </li>
            ))}
          </Group>
        </Section>
      ) : null}
      {place.videos.length > 0 ? (
        <Section id="videos" title={t('place.videos')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {place.videos.map((video, index) => (
              <VideoEmbed
                key={video}
                url={video}
                title={t('video.title', { index: index + 1, name: place.name })}
              />
            ))}
          </SimpleGrid>
        </Section>
      ) : null}
    </>
  );
}
