import { Alert, Container, Stack } from '@mantine/core';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';

/** What a member who does not edit the guide sees on an editor's page (the API refuses anyway). */
export function EditorsOnly() {
  const { t } = useTranslation('guide');
  return (
    <Container size="md">
      <Stack>
        <PageHeading title={t('title')} />
        <Alert color="gray">{t('edit.forbidden')}</Alert>
      </Stack>
    </Container>
  );
}
