import { useQuery } from '@apollo/client/react';
import { Container, Stack, Text } from '@mantine/core';
import { platformSettingsQuery } from '@wide-open/web/data-access';
import { PageHeading, PageLoader } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePlacePagesResources } from '../i18n/use-place-pages-resources.hook';
import { placeQuery } from '../place.documents';
import { usePlaceViewer } from '../place/use-place-viewer.hook';
import { PlaceForm } from './place-form';
import { emptyPlace, placeValues } from './place-values';
import { TeamManager } from './team-manager';

// When the settings cannot be read, the server still enforces its own limit.
const FALLBACK_UPLOAD_MAX = 10 * 1024 * 1024;

function useUploadMax(): number {
  const { data } = useQuery(platformSettingsQuery);
  return data?.platformSettings.uploadMaxBytes ?? FALLBACK_UPLOAD_MAX;
}

/** `/places/new` (the route is guarded: active members). */
export function NewPlacePage() {
  usePlacePagesResources();
  const { t } = useTranslation('placePages');
  const navigate = useNavigate();
  const uploadMax = useUploadMax();
  return (
    <Container size="md">
      <Stack gap="md">
        <PageHeading title={t('form.newTitle')} />
        <Text>{t('form.intro')}</Text>
        <PlaceForm
          initial={emptyPlace}
          uploadMaxBytes={uploadMax}
          onSaved={(slug) => void navigate(`/places/${slug}`)}
        />
      </Stack>
    </Container>
  );
}

/** `/places/:slug/edit`: founders, staff and moderators; the team is managed here too. */
export function EditPlacePage() {
  usePlacePagesResources();
  const { t } = useTranslation('placePages');
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const uploadMax = useUploadMax();
  const { data, loading, refetch } = useQuery(placeQuery, { variables: { slug } });
  const place = data?.place ?? null;
  const viewer = usePlaceViewer(place);
  if (loading && !data) return <PageLoader />;
  if (!place || !viewer.canEdit) {
    return (
      <Container size="sm">
        <Stack>
          <PageHeading
            title={place ? t('form.editTitle', { name: place.name }) : t('place.notFoundTitle')}
          />
          <Text>{place ? t('form.forbidden') : t('place.notFound')}</Text>
        </Stack>
      </Container>
    );
  }
  return (
    <Container size="md">
      <Stack gap="xl">
        <PageHeading title={t('form.editTitle', { name: place.name })} />
        <PlaceForm
          key={place.id}
          placeId={place.id}
          initial={placeValues(place)}
          uploadMaxBytes={uploadMax}
          onSaved={(newSlug) => void navigate(`/places/${newSlug}`)}
        />
        <TeamManager place={place} onChanged={() => refetch()} />
      </Stack>
    </Container>
  );
}
