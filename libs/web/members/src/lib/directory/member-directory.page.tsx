import { Container, Stack, Text } from '@mantine/core';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { useMembersResources } from '../i18n/use-members-resources.hook';
import { MemberDirectory } from './member-directory';

/** `/members`: the directory of active members (the route is guarded). */
export function MemberDirectoryPage() {
  useMembersResources();
  const { t } = useTranslation('members');
  return (
    <Container size="lg">
      <Stack gap="md">
        <PageHeading title={t('directory.title')} />
        <Text>{t('directory.intro')}</Text>
        <MemberDirectory />
      </Stack>
    </Container>
  );
}
