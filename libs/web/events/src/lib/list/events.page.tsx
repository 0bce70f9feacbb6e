import '../events.css';
import {
  Anchor,
  Button,
  Container,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useEventViewer } from '../hooks/use-event-viewer.hook';
import { useEventsTexts } from '../hooks/use-events-texts.hook';
import { readEventParams, writeEventParams, type EventListParams } from './event-filters';
import { MonthCalendar } from './month-calendar';
import { MyEvents, UpcomingEvents } from './upcoming-events';

/** The subscribable feed, on the same origin as the app. */
export function agendaFeedUrl(origin = window.location.origin): string {
  return `${origin}/calendar/agenda.ics`;
}

function formatValue(online: boolean | null): string {
  return online === null ? '' : String(online);
}

/** `/events`: upcoming events as a list or a month, filtered by city and format through the URL. */
export function EventsPage() {
  useEventsTexts();
  const { t } = useTranslation('events');
  const viewer = useEventViewer();
  const [search, setSearch] = useSearchParams();
  const params = readEventParams(search);
  const feedHelpId = useId();

  const update = (patch: Partial<EventListParams>) =>
    setSearch(writeEventParams({ ...params, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const city = new FormData(event.currentTarget).get('city');
    update({ city: typeof city === 'string' ? city.trim() : '' });
  };
  const feed = agendaFeedUrl();

  return (
    <Container size="lg" className="wo-events">
      <Stack gap="lg">
        <Stack gap="xs">
          <PageHeading title={t('list.title')} />
          <Text>{t('list.intro')}</Text>
          <Group gap="md">
            {viewer.ambassador ? (
              <Button component={Link} to="/events/new">
                {t('list.newEvent')}
              </Button>
            ) : null}
            <Anchor href={feed} aria-describedby={feedHelpId}>
              {t('list.subscribe')}
            </Anchor>
          </Group>
          <Text size="sm" id={feedHelpId} c="gray.8">
            {t('list.subscribeHelp', { url: feed })}
          </Text>
        </Stack>
        {params.view === 'mine' ? null : (
          <form role="search" aria-label={t('list.filters')} onSubmit={submit}>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                id="event-city"
                label={t('list.city')}
                name="city"
                // Typed freely, applied on submit; a new URL (back, clear) resets it.
                key={params.city}
                defaultValue={params.city}
                maxLength={120}
                w={{ base: '100%', xs: 220 }}
              />
              <NativeSelect
                id="event-format"
                label={t('list.format')}
                value={formatValue(params.online)}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  update({ online: value === 'true' ? true : value === 'false' ? false : null });
                }}
                data={[
                  { value: '', label: t('list.anyFormat') },
                  { value: 'false', label: t('list.inPerson') },
                  { value: 'true', label: t('list.online') },
                ]}
                w={{ base: '100%', xs: 220 }}
              />
              <Button type="submit" variant="filled">
                {t('list.apply')}
              </Button>
              {params.city || params.online !== null ? (
                <Button variant="subtle" onClick={() => update({ city: '', online: null })}>
                  {t('list.clear')}
                </Button>
              ) : null}
            </Group>
          </form>
        )}
        <Stack gap={4}>
          <Text component="span" size="sm" fw={500} id={`${feedHelpId}-view`}>
            {t('list.view')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${feedHelpId}-view`}
            value={params.view}
            onChange={(value) =>
              update({ view: value === 'calendar' || value === 'mine' ? value : 'list' })
            }
            data={[
              { value: 'list', label: t('list.listView') },
              { value: 'calendar', label: t('list.calendarView') },
              ...(viewer.active ? [{ value: 'mine', label: t('list.mineView') }] : []),
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {params.view === 'calendar' ? (
          <MonthCalendar params={params} onMonthChange={(month) => update({ month })} />
        ) : params.view === 'mine' && viewer.active ? (
          <>
            <MyEvents />
            <MyEvents past />
          </>
        ) : (
          <UpcomingEvents params={params} />
        )}
      </Stack>
    </Container>
  );
}
