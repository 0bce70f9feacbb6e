import '../events.css';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Image,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { countryName, LiveRegion, Markdown, PageHeading } from '@wide-open/web/ui';
import { ErrorCode } from '@wide-open/shared/contracts';
import { errorCode, type EventQuery } from '@wide-open/web/data-access';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { eventQuery } from '../events.documents';
import { useEventsTexts } from '../hooks/use-events-texts.hook';
import { SeatsBadge } from '../list/event-card';
import { formatEventWhen, formatShortStart } from '../time/zoned-time';
import { AttendeeList } from './attendee-list';
import { CancelEvent } from './cancel-event';
import { MessageAttendees } from './message-attendees';
import { RsvpControl } from './rsvp-control';

type EventDetails = NonNullable<EventQuery['event']>;

/** The .ics download, on the app's own origin (the API serves it beside the app). */
export function eventIcsPath(id: string): string {
  return `/calendar/events/${id}.ics`;
}

function Where({ event }: { event: EventDetails }) {
  const { t, i18n } = useTranslation('events');
  const language = i18n.resolvedLanguage ?? 'en';
  const postal = [
    event.address,
    event.city,
    event.country ? countryName(event.country, language) : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap={4}>
      {event.place ? (
        <Text>
          <Anchor component={Link} to={`/places/${event.place.slug}`}>
            {t('event.placePage', { name: event.place.name })}
          </Anchor>
        </Text>
      ) : null}
      {postal ? <Text>{postal}</Text> : null}
      {event.onlineUrl ? (
        <Text>
          {t('event.online')}:{' '}
          <Anchor href={event.onlineUrl} rel="noopener noreferrer nofollow" target="_blank">
            {t('event.joinOnline')}
          </Anchor>
        </Text>
      ) : null}
    </Stack>
  );
}

function Seats({ event }: { event: EventDetails }) {
  const { t } = useTranslation('events');
  return (
    <Stack gap={4}>
      <Text>
        {event.capacity
          ? t('event.goingOf', { going: event.goingCount, capacity: event.capacity })
          : t('event.going', { count: event.goingCount })}
      </Text>
      {event.waitlistCount > 0 ? (
        <Text>{t('event.waiting', { count: event.waitlistCount })}</Text>
      ) : null}
      <Group>
        <SeatsBadge event={event} />
      </Group>
    </Stack>
  );
}

function EventDetailsView({ event }: { event: EventDetails }) {
  const { t, i18n } = useTranslation('events');
  const language = i18n.resolvedLanguage ?? 'en';
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const [announcement, setAnnouncement] = useState(saved ? t('edit.saved') : '');
  const aboutId = useId();
  const when = formatEventWhen(event.startsAt, event.endsAt, event.timeZone, language);
  const [openedAt] = useState(() => Date.now());
  const over = new Date(event.endsAt).getTime() < openedAt;
  const label = (text: string) => (
    <Text component="dt" fw={700}>
      {text}
    </Text>
  );
  return (
    <Stack gap="lg">
      {/* Decorative: the title and the details say what the event is. */}
      {event.coverUrl ? (
        <Image src={event.coverUrl} alt="" radius="md" mah={320} fit="cover" />
      ) : null}
      <PageHeading title={event.title} />
      {saved ? (
        <Alert color="green" role="status">
          {t('edit.saved')}
        </Alert>
      ) : null}
      {event.cancelled ? (
        <Alert color="red" variant="outline">
          {t('event.cancelledBanner')}
        </Alert>
      ) : null}
      {over && !event.cancelled ? <Alert color="gray">{t('event.past')}</Alert> : null}
      <Stack component="dl" gap="sm" style={{ margin: 0 }}>
        <div>
          {label(t('event.when'))}
          <Text component="dd" m={0}>
            <time dateTime={event.startsAt}>{when.range}</time>
            <br />
            <Text component="span" size="sm" c="gray.8">
              {when.zone}
            </Text>
            {event.movedFrom ? (
              <>
                <br />
                <Text component="span" size="sm" fw={600}>
                  {t('event.movedFrom', {
                    date: formatShortStart(event.movedFrom, event.timeZone, language),
                  })}
                </Text>
              </>
            ) : null}
          </Text>
        </div>
        <div>
          {label(t('event.where'))}
          <Text component="dd" m={0}>
            <Where event={event} />
          </Text>
        </div>
        <div>
          {label(t('event.organizer'))}
          <Text component="dd" m={0}>
            <Anchor component={Link} to={`/members/${event.organizer.handle}`}>
              {event.organizer.displayName}
            </Anchor>
          </Text>
        </div>
        <div>
          {label(t('event.seats'))}
          <Text component="dd" m={0}>
            <Seats event={event} />
          </Text>
        </div>
      </Stack>
      <Group gap="md">
        <Anchor href={eventIcsPath(event.id)} download>
          {t('event.addToCalendar')}
        </Anchor>
        <Text size="sm" c="gray.8">
          {t('event.language', {
            language: t(event.language === 'fr' ? 'language.fr' : 'language.en'),
          })}
        </Text>
      </Group>
      {event.seriesId ? <Text size="sm">{t('event.series')}</Text> : null}
      <RsvpControl eventId={event.id} answer={event.viewerRsvp} closed={event.cancelled || over} />
      {event.description ? (
        <Stack component="section" aria-labelledby={aboutId} gap="xs">
          <Title order={2} size="h3" id={aboutId}>
            {t('event.about')}
          </Title>
          <Markdown>{event.description}</Markdown>
        </Stack>
      ) : null}
      {event.attendees ? (
        <Stack gap="md">
          <AttendeeList attendees={event.attendees} />
          {!event.cancelled && !over ? (
            <>
              <MessageAttendees eventId={event.id} />
              <Group gap="sm">
                <Button component={Link} to={`/events/${event.id}/edit`} variant="outline">
                  {event.seriesId ? t('edit.linkOccurrence') : t('edit.link')}
                </Button>
                <CancelEvent
                  eventId={event.id}
                  inSeries={!!event.seriesId}
                  onCancelled={() => setAnnouncement(t('cancel.done'))}
                />
              </Group>
            </>
          ) : null}
        </Stack>
      ) : null}
      <LiveRegion message={announcement} />
    </Stack>
  );
}

/** `/events/:id`: public; members answer, organizers see who comes. */
export function EventPage() {
  useEventsTexts();
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(eventQuery, { variables: { id } });
  // A malformed id is refused as bad input: for the reader it is simply not there.
  const missing = (data && !data.event) || errorCode(error) === ErrorCode.BAD_USER_INPUT;
  return (
    <Container size="md" className="wo-events">
      <Stack gap="md">
        <Anchor component={Link} to="/events" size="sm">
          {t('event.back')}
        </Anchor>
        {loading && !data ? (
          <Loader role="status" size="sm" aria-label={t('list.loading')} />
        ) : null}
        {error && !data && !missing ? <Alert color="red">{t('event.error')}</Alert> : null}
        {missing ? <PageHeading title={t('event.notFound')} /> : null}
        {data?.event ? <EventDetailsView event={data.event} /> : null}
      </Stack>
    </Container>
  );
}
