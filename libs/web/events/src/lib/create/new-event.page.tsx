import '../events.css';
import { Alert, Anchor, Container, Stack } from '@mantine/core';
import { PageHeading, PageLoader } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useEventViewer } from '../hooks/use-event-viewer.hook';
import { useEventsTexts } from '../hooks/use-events-texts.hook';
import { EventForm } from './event-form';

/** `/events/new`: ambassadors and above; visitors sign in first and come back. */
export function NewEventPage() {
  useEventsTexts();
  const { t } = useTranslation('events');
  const viewer = useEventViewer();
  const location = useLocation();
  let body;
  if (viewer.loading) body = <PageLoader />;
  else if (!viewer.member)
    body = <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  else if (!viewer.ambassador)
    body = (
      <Stack gap="md">
        <PageHeading title={t('form.title')} />
        <Alert color="gray">{t('form.notAllowed')}</Alert>
        <Anchor component={Link} to="/events">
          {t('form.cancel')}
        </Anchor>
      </Stack>
    );
  else body = <EventForm />;
  return (
    <Container size="md" className="wo-events">
      {body}
    </Container>
  );
}
