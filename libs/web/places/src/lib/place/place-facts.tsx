import { Anchor, List } from '@mantine/core';
import { type PlaceDetailsFragment } from '@wide-open/web/data-access';
import { countryName } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';

function displayUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

/** Status, kinds, where, when and links, as a definition list. */
export function PlaceFacts({ place }: { place: PlaceDetailsFragment }) {
  const { t, i18n } = useTranslation('placePages');
  const lang = i18n.resolvedLanguage ?? 'en';
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
  return (
    <dl className="wo-facts">
      <dt>{t('place.status')}</dt>
      <dd>{t(`places:placeStatus.${place.status}`)}</dd>
      <dt>{t('place.kinds')}</dt>
      <dd>{place.kinds.map((kind) => t(`places:kind.${kind}`)).join(', ')}</dd>
      <dt>{t('place.location')}</dt>
      <dd>
        {place.city}, {countryName(place.country, lang)}
      </dd>
      {place.address ? (
        <>
          <dt>{t('place.address')}</dt>
          <dd>{place.address}</dd>
        </>
      ) : null}
      {place.latitude != null && place.longitude != null ? (
        <>
          <dt>{t('place.coordinates')}</dt>
          <dd>
            {numbers.format(place.latitude)}, {numbers.format(place.longitude)}
          </dd>
        </>
      ) : null}
      {place.foundedYear ? (
        <>
          <dt>{t('form.foundedYear')}</dt>
          <dd>{place.foundedYear}</dd>
        </>
      ) : null}
      {place.website ? (
        <>
          <dt>{t('place.website')}</dt>
          <dd>
            <Anchor
              href={place.website}
              rel="nofollow ugc noopener"
              style={{ overflowWrap: 'anywhere' }}
            >
              {displayUrl(place.website)}
            </Anchor>
          </dd>
        </>
      ) : null}
      {place.links.length > 0 ? (
        <>
          <dt>{t('place.links')}</dt>
          <dd>
            <List size="sm">
              {place.links.map((link) => (
                <List.Item key={link}>
                  <Anchor
                    href={link}
                    rel="nofollow ugc noopener"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {displayUrl(link)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
