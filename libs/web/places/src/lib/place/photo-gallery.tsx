import { Anchor, Image, SimpleGrid } from '@mantine/core';
import { type PlaceDetailsFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';

/** Thumbnails at their size (no layout shift), each linking to the large version. */
export function PhotoGallery({
  photos,
  name,
}: {
  photos: PlaceDetailsFragment['photos'];
  name: string;
}) {
  const { t } = useTranslation('placePages');
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, md: 4 }}
      component="ul"
      role="list"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <Anchor
            href={photo.largeUrl}
            aria-label={t('place.openPhoto', { index: index + 1 })}
            display="block"
          >
            <Image
              src={photo.url}
              alt={photo.caption ?? t('place.photoAlt', { index: index + 1, name })}
              width={photo.width}
              height={photo.height}
              loading="lazy"
              radius="sm"
              style={{
                aspectRatio: `${photo.width} / ${photo.height}`,
                width: '100%',
                height: 'auto',
                objectFit: 'cover',
              }}
            />
          </Anchor>
        </li>
      ))}
    </SimpleGrid>
  );
}
