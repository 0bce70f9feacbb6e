import { Button, Container, Group, Stack, Text } from '@mantine/core';
import { PageHeading } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlacesList } from '../components/places-list';

/** The public front door: what Wide Open is, how to join, and the places already in. */
export function LandingPage() {
  const { t } = useTranslation('places');
  return (
    <Container size="lg">
      <Stack gap="xl">
        <Stack gap="sm" maw={760}>
          <PageHeading title={t('landing.title')} documentTitle={t('landing.documentTitle')} />
          <Text size="lg">{t('landing.intro')}</Text>
          <Text>{t('landing.purpose')}</Text>
          <Text>{t('landing.howToJoin')}</Text>
          <Group>
            <Button component={Link} to="/sign-up" size="md">
              {t('landing.apply')}
            </Button>
            <Button component={Link} to="/sign-in" variant="outline" size="md">
              {t('landing.signIn')}
            </Button>
          </Group>
        </Stack>
        <PlacesList />
      </Stack>
    </Container>
  );
}
