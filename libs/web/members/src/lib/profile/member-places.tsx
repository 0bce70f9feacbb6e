import { Anchor, List, Text, Title } from '@mantine/core';
import { type MemberProfileFragment } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The places whose team the member is on, with their role there. */
export function MemberPlaces({ places }: { places: MemberProfileFragment['places'] }) {
  const { t } = useTranslation('members');
  return (
    <section aria-labelledby="places-heading">
      <Title order={2} size="h4" id="places-heading" mb="xs">
        {t('profile.places')}
      </Title>
      {places.length === 0 ? (
        <Text>{t('profile.noPlaces')}</Text>
      ) : (
        <List>
          {places.map(({ role, place }) => (
            <List.Item key={place.id}>
              {t('profile.placeRole', { role: t(`placeRole.${role}`) })}{' '}
              <Anchor component={Link} to={`/places/${place.slug}`}>
                {place.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
