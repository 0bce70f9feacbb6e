import { Alert, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePrivacyResources } from '../i18n/use-privacy-resources.hook';

/** The confirmation a person sees on the home page once their account is deleted. */
export function AccountDeletedNotice() {
  usePrivacyResources();
  const { t } = useTranslation('privacy');
  return (
    <Container size="md" mb="md">
      <Alert role="status" color="teal" variant="light" title={t('deleted.title')}>
        {t('deleted.body')}
      </Alert>
    </Container>
  );
}
