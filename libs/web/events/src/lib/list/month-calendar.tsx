import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type EventSummaryFragment } from '@wide-open/web/data-access';
import { LiveRegion, LoadMoreButton } from '@wide-open/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventsQuery } from '../events.documents';
import { formatTime, localDayKey, zoneShortName } from '../time/zoned-time';
import { EventCard } from './event-card';
import { apiFilter, type EventListParams } from './event-filters';
import {
  addMonths,
  groupByLocalDay,
  monthFrom,
  monthKey,
  monthWeeks,
  parseMonth,
  type MonthRef,
} from './month';

const MONTH_PAGE = 100;

export interface MonthCalendarProps {
  params: EventListParams;
  onMonthChange: (month: string) => void;
}

function monthTitle(ref: MonthRef, language: string): string {
  return new Intl.DateTimeFormat(language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(ref.year, ref.month - 1, 1, 12)));
}

/**
 * A month of events: a table (weekday columns, one row a week) on wider screens; on phones the
 * same events as a list grouped by day. Events sit on the day they happen in their own zone.
 * Keyboard: Tab goes from one event link to the next; the buttons change month.
 */
export function MonthCalendar({ params, onMonthChange }: MonthCalendarProps) {
  const { t, i18n } = useTranslation('events');
  const language = i18n.resolvedLanguage ?? 'en';
  const headingId = useId();
  const ref = parseMonth(params.month);
  const key = monthKey(ref);
  const { data, loading, error, fetchMore } = useQuery(eventsQuery, {
    variables: { first: MONTH_PAGE, filter: apiFilter(params, monthFrom(ref)) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const all = data?.events.edges.map((edge) => edge.node) ?? [];
  const inMonth = all.filter((e) =>
    localDayKey(new Date(e.startsAt), e.timeZone).startsWith(`${key}-`),
  );
  const byDay = groupByLocalDay(inMonth);
  const pageInfo = data?.events.pageInfo;
  const last = all[all.length - 1];
  const moreInMonth =
    !!pageInfo?.hasNextPage &&
    !!last &&
    localDayKey(new Date(last.startsAt), last.timeZone) < `${monthKey(addMonths(ref, 1))}-01`;
  const title = monthTitle(ref, language);
  const todayKey = new Date().toLocaleDateString('en-CA');
  const weekdays = monthWeeks(ref)[0].map((d) => ({
    short: new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(d.date),
    long: new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(d.date),
  }));
  const dayLabel = (date: Date) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(date);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            onClick={() => onMonthChange(monthKey(addMonths(ref, -1)))}
          >
            {t('calendar.previous')}
          </Button>
          <Button
            variant="default"
            size="sm"
            onClick={() => onMonthChange(monthKey(parseMonth(null)))}
          >
            {t('calendar.thisMonth')}
          </Button>
          <Button
            variant="default"
            size="sm"
            onClick={() => onMonthChange(monthKey(addMonths(ref, 1)))}
          >
            {t('calendar.next')}
          </Button>
        </Group>
      </Group>
      {error && !data ? <Alert color="red">{t('list.error')}</Alert> : null}
      {loading ? <Loader role="status" size="sm" aria-label={t('calendar.loading')} /> : null}
      <LiveRegion
        message={data ? t('calendar.shown', { month: title, count: inMonth.length }) : ''}
      />
      <Box visibleFrom="sm">
        <table className="wo-events-month">
          <caption>
            <VisuallyHidden>{title}</VisuallyHidden>
          </caption>
          <thead>
            <tr>
              {weekdays.map((w) => (
                <th key={w.long} scope="col">
                  <abbr title={w.long}>{w.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(ref).map((week) => (
              <tr key={week[0].key}>
                {week.map((day) => (
                  <td
                    key={day.key}
                    data-outside={day.inMonth ? undefined : true}
                    aria-current={day.key === todayKey ? 'date' : undefined}
                  >
                    <span className="wo-events-day-number" aria-hidden="true">
                      {day.day}
                    </span>
                    <VisuallyHidden>{dayLabel(day.date)}</VisuallyHidden>
                    {day.inMonth && byDay.get(day.key) ? (
                      <DayEvents events={byDay.get(day.key) ?? []} language={language} />
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
      <Box hiddenFrom="sm">
        {data && inMonth.length === 0 ? <Text>{t('calendar.noEvents')}</Text> : null}
        <Stack gap="md">
          {[...byDay.entries()].map(([day, events]) => (
            <Stack key={day} gap="xs">
              <Title order={3} size="h4">
                {dayLabel(new Date(`${day}T12:00:00Z`))}
              </Title>
              <Stack component="ul" gap="sm" className="wo-events-plain-list">
                {events.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} />
                  </li>
                ))}
              </Stack>
            </Stack>
          ))}
        </Stack>
      </Box>
      {data && inMonth.length === 0 ? <Text visibleFrom="sm">{t('calendar.noEvents')}</Text> : null}
      {moreInMonth ? (
        <LoadMoreButton
          loading={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo?.endCursor } })}
        >
          {t('list.loadMore')}
        </LoadMoreButton>
      ) : null}
    </Stack>
  );
}

function DayEvents({ events, language }: { events: EventSummaryFragment[]; language: string }) {
  return (
    <ul>
      {events.map((event) => (
        <li key={event.id}>
          <Anchor component={Link} to={`/events/${event.id}`} size="xs">
            {formatTime(event.startsAt, event.timeZone, language)}{' '}
            {zoneShortName(event.startsAt, event.timeZone, language)} · {event.title}
          </Anchor>
        </li>
      ))}
    </ul>
  );
}
