import { useQuery } from '@apollo/client/react';
import { Anchor, Container, Stack, Text } from '@mantine/core';
import { platformSettingsQuery } from '@wide-open/web/data-access';
import { PageHeading, PageLoader } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMembersResources } from '../i18n/use-members-resources.hook';
import { myProfileQuery } from '../members.documents';
import { ProfileForm } from './profile-form';

// When the settings cannot be read, the server still enforces its own limit.
const FALLBACK_UPLOAD_MAX = 10 * 1024 * 1024;

/** `/settings/profile`: the signed-in member edits their profile (the route is guarded). */
export function EditProfilePage() {
  useMembersResources();
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  const { data } = useQuery(myProfileQuery);
  const { data: settings } = useQuery(platformSettingsQuery);
  const me = data?.me;
  return (
    <Container size="sm">
      <Stack gap="md">
        <PageHeading title={t('edit.title')} />
        <Text>{t('edit.intro')}</Text>
        <Anchor component={Link} to="/settings/data">
          {t('edit.myData')}
        </Anchor>
        {me ? (
          <ProfileForm
            member={me}
            uploadMaxBytes={settings?.platformSettings.uploadMaxBytes ?? FALLBACK_UPLOAD_MAX}
            onSaved={(saved) => {
              void navigate(`/members/${saved.handle}`, { state: { saved: true } });
            }}
          />
        ) : (
          <PageLoader />
        )}
      </Stack>
    </Container>
  );
}
