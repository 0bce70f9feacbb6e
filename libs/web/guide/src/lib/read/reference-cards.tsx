import { Anchor, Card, Text } from '@mantine/core';
import { type GuideVersionFieldsFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Reference = GuideVersionFieldsFragment['references'][number];

/** The lessons and places a chapter draws on, as cards with their current titles. */
export function ReferenceCards({ references }: { references: Reference[] }) {
  const { t } = useTranslation('guide');
  if (references.length === 0) return null;
  return (
    <section aria-labelledby="guide-references">
      <Text component="h2" fw={700} size="lg" id="guide-references" mb="xs">
        {t('chapter.references')}
      </Text>
      <ul className="wo-guide-refs">
        {references.map((ref) => (
          <li key={ref.token}>
            <Card withBorder padding="sm" h="100%">
              {ref.available && ref.path ? (
                <>
                  <Anchor component={Link} to={ref.path} fw={600}>
                    {ref.title}
                  </Anchor>
                  <Text size="sm" c="gray.8">
                    {ref.kind === 'LESSON'
                      ? t('chapter.lessonFrom', { place: ref.placeName })
                      : t('chapter.place', { city: ref.city })}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="gray.8">
                  {t('chapter.unavailable')}
                </Text>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
