import { Anchor, Container, Stack, Text } from '@mantine/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { useSession } from '@wide-open/web/data-access';
import { PageHeading, PageLoader } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { usePrivacyResources } from '../i18n/use-privacy-resources.hook';
import { DataExportSection } from './data-export-section';
import { DeleteAccountSection } from './delete-account-section';

/**
 * `/settings/data`: the signed-in member's data rights, applicants included. It guards itself
 * rather than through RequireMember: while the account is being deleted the session vanishes
 * (the socket is told at once), and that must lead home, not to the sign-in page.
 */
export function MyDataPage() {
  usePrivacyResources();
  const { t } = useTranslation('privacy');
  const { member, loading } = useSession();
  const [deleting, setDeleting] = useState(false);
  if (!member) {
    if (loading || deleting) return <PageLoader />;
    return <Navigate to={`/sign-in?next=${encodeURIComponent('/settings/data')}`} replace />;
  }
  return (
    <Container size="sm">
      <Stack gap="lg">
        <PageHeading title={t('page.title')} />
        <Text>{t('page.intro')}</Text>
        {member.status === MemberStatus.ACTIVE ? (
          <Anchor component={Link} to="/settings/profile">
            {t('page.profileLink')}
          </Anchor>
        ) : null}
        <DataExportSection />
        <DeleteAccountSection onDeleting={setDeleting} />
      </Stack>
    </Container>
  );
}
