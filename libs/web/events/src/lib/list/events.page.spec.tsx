import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import {
  eventSummary,
  firstPaint,
  member,
  meMock,
  renderEvents,
} from '../../testing/render-events';
import { eventsQuery, myEventsQuery } from '../events.documents';
import { EventsPage } from './events.page';

function page(
  nodes: ReturnType<typeof eventSummary>[],
  filter: unknown = null,
  hasNextPage = false,
) {
  return {
    request: { query: eventsQuery, variables: { first: 20, filter } },
    result: {
      data: {
        events: {
          __typename: 'EventConnection',
          edges: nodes.map((node) => ({ __typename: 'EventEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: 'c-last' },
        },
      },
    },
  };
}

function mine(past: boolean, nodes: ReturnType<typeof eventSummary>[]) {
  return {
    request: { query: myEventsQuery, variables: { first: 20, past } },
    result: {
      data: {
        myEvents: {
          __typename: 'EventConnection',
          edges: nodes.map((node) => ({ __typename: 'EventEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

const manila = eventSummary({
  id: '0190a8c4-0000-7000-8000-00000000000a',
  title: 'Enchanted Farm visit',
  // 01:30 UTC is 09:30 in Manila.
  startsAt: '2099-07-01T01:30:00.000Z',
  endsAt: '2099-07-01T03:00:00.000Z',
  timeZone: 'Asia/Manila',
  city: 'Angat',
  country: 'PH',
  capacity: 1,
  goingCount: 1,
  waitlistCount: 2,
});
const online = eventSummary({
  id: '0190a8c4-0000-7000-8000-00000000000b',
  title: 'Measuring impact, online',
  city: null,
  country: null,
  onlineUrl: 'https://meet.example.org/impact',
  capacity: 10,
  goingCount: 3,
});

describe('EventsPage', () => {
  it('lists upcoming events with their time in their own zone, where, and seats', async () => {
    renderEvents(<EventsPage />, { mocks: [meMock(null), page([manila, online])] });
    expect(screen.getByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
    const farm = (
      await screen.findByRole('link', { name: 'Enchanted Farm visit' }, firstPaint)
    ).closest('article');
    expect(farm).not.toBeNull();
    const card = within(farm as HTMLElement);
    expect(card.getByText(/Wednesday, July 1, 2099/)).toHaveTextContent(/9:30/);
    expect(card.getByText(/Philippine Standard Time \(Asia\/Manila\)/)).toBeInTheDocument();
    expect(card.getByText('Angat')).toBeInTheDocument();
    expect(card.getByText('Full: waiting list')).toBeInTheDocument();
    const remote = within(
      screen
        .getByRole('link', { name: 'Measuring impact, online' })
        .closest('article') as HTMLElement,
    );
    expect(remote.getByText('Online')).toBeInTheDocument();
    expect(remote.getByText('7 seats left')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Subscribe to the agenda (.ics)' })).toHaveAttribute(
      'href',
      'http://localhost/calendar/agenda.ics',
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 events shown');
    // Visitors and members do not see the create button.
    expect(screen.queryByRole('link', { name: 'Create an event' })).toBeNull();
  });

  it('filters by city and format from the URL, and offers ambassadors to create', async () => {
    renderEvents(<EventsPage />, {
      url: '/events?city=Paris&online=false',
      mocks: [
        meMock(member({ role: MemberRole.AMBASSADOR })),
        page([eventSummary()], { city: 'Paris', online: false }),
      ],
    });
    expect(
      await screen.findByRole('link', { name: 'Wide Open meetup' }, firstPaint),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Paris');
    expect(screen.getByRole('combobox', { name: 'Format' })).toHaveValue('false');
    expect(await screen.findByRole('link', { name: 'Create an event' })).toHaveAttribute(
      'href',
      '/events/new',
    );
    // 17:00 UTC in June is 7 PM in Paris.
    expect(screen.getByText(/June 20, 2099/)).toHaveTextContent(/7:00\s?–\s?9:30\sPM/);
  });

  it('loads the next page after the last cursor', async () => {
    const second = eventSummary({ id: '0190a8c4-0000-7000-8000-00000000000c', title: 'Later one' });
    renderEvents(<EventsPage />, {
      mocks: [
        meMock(null),
        page([eventSummary()], null, true),
        {
          request: { query: eventsQuery, variables: { first: 20, filter: null, after: 'c-last' } },
          result: page([second]).result,
        },
      ],
    });
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Show more events' }, firstPaint));
    expect(await screen.findByRole('link', { name: 'Later one' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wide Open meetup' })).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderEvents(<EventsPage />, { lng: 'fr', mocks: [meMock(null), page([manila])] });
    expect(
      await screen.findByText('Complet : liste d’attente', {}, firstPaint),
    ).toBeInTheDocument();
    expect(screen.getByText(/mercredi 1 juillet 2099/)).toHaveTextContent(/09:30/);
    expect(screen.getByRole('link', { name: 'S’abonner à l’agenda (.ics)' })).toBeInTheDocument();
  });

  it('gives members their own agenda, upcoming and past, without the filters', async () => {
    renderEvents(<EventsPage />, {
      url: '/events',
      mocks: [meMock(member()), page([manila, online]), mine(false, [online]), mine(true, [])],
    });
    const view = await screen.findByRole('radio', { name: 'My events' }, firstPaint);
    await userEvent.setup().click(view);
    const upcoming = await screen.findByRole('region', { name: 'My upcoming events' });
    expect(await within(upcoming).findByText('Measuring impact, online')).toBeVisible();
    expect(
      await screen.findByText('No past event yet.', undefined, firstPaint),
    ).toBeInTheDocument();
    expect(screen.queryByRole('search', { name: 'Filter the events' })).toBeNull();
  });

  it('offers no personal agenda to visitors', async () => {
    renderEvents(<EventsPage />, { mocks: [meMock(null), page([manila, online])] });
    expect(await screen.findByText('Enchanted Farm visit', undefined, firstPaint)).toBeVisible();
    expect(screen.queryByRole('radio', { name: 'My events' })).toBeNull();
  });
});
