import { Anchor, Container, Stack, Text } from '@mantine/core';
import { MemberStatus } from '@wide-open/shared/contracts';
import { type SessionMember } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePrivacyResources } from '../i18n/use-privacy-resources.hook';
import { DataExportSection } from './data-export-section';
import { DeleteAccountSection } from './delete-account-section';

/** `/settings/data`: the signed-in member's data rights (the route is guarded). */
export function MyDataPage({ member }: { member: SessionMember }) {
  usePrivacyResources();
  const { t } = useTranslation('privacy');
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
        <DeleteAccountSection />
      </Stack>
    </Container>
  );
}
