import { Alert, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePrivacyResources } from '../i18n/use-privacy-resources.hook';

/** The confirmation a person sees on the home page once their account is deleted. */
export function AccountDeletedNotice() {
  usePrivacyResources();
  const { t } = useTranslation('privacy');
  // The title in body text colour: Alert's teal title fails contrast on its light background.
  return (
    <Container size="md" mb="md">
      <Alert role="status" color="teal" variant="light">
        <Text fw={700}>{t('deleted.title')}</Text>
        <Text>{t('deleted.body')}</Text>
      </Alert>
    </Container>
  );
}
