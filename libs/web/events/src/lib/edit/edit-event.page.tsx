import '../events.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, Stack } from '@mantine/core';
import { PageHeading, PageLoader } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { EventForm } from '../create/event-form';
import { eventQuery } from '../events.documents';
import { useEventViewer } from '../hooks/use-event-viewer.hook';
import { useEventsTexts } from '../hooks/use-events-texts.hook';

/**
 * `/events/:id/edit`: its organizer and moderators (the API says so by showing them the
 * attendees, and checks again on saving).
 */
export function EditEventPage() {
  useEventsTexts();
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const viewer = useEventViewer();
  const location = useLocation();
  const { data, loading } = useQuery(eventQuery, {
    variables: { id },
    skip: !viewer.member,
    fetchPolicy: 'network-only',
  });
  const event = data?.event;
  // When the page opened: an event over by then cannot be changed.
  const [openedAt] = useState(() => Date.now());
  let body;
  if (viewer.loading || (loading && !data)) body = <PageLoader />;
  else if (!viewer.member)
    body = <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  else if (!event) body = <PageHeading title={t('event.notFound')} />;
  else if (!event.attendees || !viewer.active)
    body = <Alert color="gray">{t('edit.notAllowed')}</Alert>;
  else if (event.cancelled || new Date(event.endsAt).getTime() < openedAt)
    body = <Alert color="gray">{t('edit.closed')}</Alert>;
  else body = <EventForm existing={event} />;
  return (
    <Container size="md" className="wo-events">
      <Stack gap="md">
        <Anchor component={Link} to={event ? `/events/${event.id}` : '/events'} size="sm">
          {t('event.back')}
        </Anchor>
        {body}
      </Stack>
    </Container>
  );
}
