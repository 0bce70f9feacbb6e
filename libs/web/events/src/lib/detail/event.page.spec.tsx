import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import {
  eventDetails as details,
  eventMock,
  firstPaint,
  member,
  meMock,
  renderEvents,
} from '../../testing/render-events';
import { rsvpMutation } from '../events.documents';
import { EventPage } from './event.page';

// react-markdown ships as ES modules only, which jest's CommonJS runtime cannot load; the
// parser is the ui lib's business; here its stand-in shows the text it is given.
jest.mock('react-markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => <p data-testid="markdown">{children}</p>,
}));
jest.mock('remark-gfm', () => ({ __esModule: true, default: () => undefined }));

const id = '0190a8c4-0000-7000-8000-000000000001';

function rsvpMock(status: string, result: { status: string; waitlisted: boolean }) {
  return {
    request: { query: rsvpMutation, variables: { eventId: id, status } },
    result: { data: { rsvp: { __typename: 'Rsvp', ...result } } },
  };
}

const at = { url: `/events/${id}`, path: '/events/:id' };

describe('EventPage', () => {
  it('shows a visitor when and where in the event’s zone, the place, seats, and asks to sign in', async () => {
    renderEvents(<EventPage />, { ...at, mocks: [meMock(null), eventMock(details())] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wide Open meetup' }, firstPaint),
    ).toBeVisible();
    expect(screen.getByText(/Saturday, June 20, 2099/)).toHaveTextContent(/7:00\s?–\s?9:30\sPM/);
    expect(screen.getByText('Central European Summer Time (Europe/Paris)')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'On the place page: Les Grands Voisins' }),
    ).toHaveAttribute('href', '/places/les-grands-voisins');
    expect(screen.getByText('1 going out of 1 seats')).toBeInTheDocument();
    expect(screen.getByText('Full: waiting list')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add to my calendar (.ics)' })).toHaveAttribute(
      'href',
      `/calendar/events/${id}.ics`,
    );
    expect(screen.getByRole('link', { name: 'Marco Reyes' })).toHaveAttribute(
      'href',
      '/members/marco',
    );
    expect(await screen.findByRole('link', { name: 'Sign in to answer' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/events/${id}`)}`,
    );
    expect(screen.queryByRole('button', { name: 'Going' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'About this event' })).toBeInTheDocument();
    expect(await screen.findByTestId('markdown')).toHaveTextContent(
      'We talk about **business models**.',
    );
    expect(screen.queryByRole('heading', { name: 'Attendees' })).toBeNull();
  });

  it('puts a member who answers Going to a full event on the waiting list, and says so politely', async () => {
    renderEvents(<EventPage />, {
      ...at,
      mocks: [
        meMock(member()),
        eventMock(details()),
        rsvpMock('GOING', { status: 'GOING', waitlisted: true }),
        eventMock(
          details({
            waitlistCount: 1,
            viewerRsvp: { __typename: 'Rsvp', status: 'GOING', waitlisted: true },
          }),
        ),
      ],
    });
    const going = await screen.findByRole('button', { name: 'Going' }, firstPaint);
    expect(going).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('You have not answered yet.')).toBeInTheDocument();
    await userEvent.setup().click(going);
    expect(
      await screen.findByText(
        'You are on the waiting list (position unknown).',
        {
          selector: 'p',
        },
        firstPaint,
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Going' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('1 person on the waiting list')).toBeInTheDocument();
    // Screen readers hear it without losing their place.
    const announced = screen
      .getAllByRole('status')
      .find((region) => region.textContent === 'You are on the waiting list (position unknown).');
    expect(announced).toHaveAttribute('aria-live', 'polite');
  });

  it('frees the seat when a member answers Not going', async () => {
    renderEvents(<EventPage />, {
      ...at,
      mocks: [
        meMock(member()),
        eventMock(
          details({ viewerRsvp: { __typename: 'Rsvp', status: 'GOING', waitlisted: false } }),
        ),
        rsvpMock('NOT_GOING', { status: 'NOT_GOING', waitlisted: false }),
        eventMock(
          details({
            goingCount: 0,
            viewerRsvp: { __typename: 'Rsvp', status: 'NOT_GOING', waitlisted: false },
          }),
        ),
      ],
    });
    expect(
      await screen.findByText('You are going. See you there!', {}, firstPaint),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Not going' }));
    expect(
      await screen.findByText('You are not going.', { selector: 'p' }, firstPaint),
    ).toBeVisible();
    expect(screen.getByText('1 seat left')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not going' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows its organizer who comes and who waits, in order, and a cancel button', async () => {
    const person = (n: number) => ({
      __typename: 'Member',
      id: `m-${n}`,
      handle: `p${n}`,
      displayName: `Person ${n}`,
    });
    renderEvents(<EventPage />, {
      ...at,
      mocks: [
        meMock(member({ id: 'm-9', role: MemberRole.AMBASSADOR })),
        eventMock(
          details({
            waitlistCount: 2,
            attendees: [
              {
                __typename: 'EventAttendee',
                status: 'GOING',
                waitlisted: false,
                member: person(1),
              },
              { __typename: 'EventAttendee', status: 'GOING', waitlisted: true, member: person(2) },
              { __typename: 'EventAttendee', status: 'GOING', waitlisted: true, member: person(3) },
            ],
          }),
        ),
      ],
    });
    expect(
      await screen.findByRole('heading', { name: 'Attendees' }, firstPaint),
    ).toBeInTheDocument();
    const waiting = screen.getByRole('list', { name: /Waiting list, in order/ });
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Person 2', 'Person 3']);
    expect(screen.getByRole('list', { name: /^Going/ })).toHaveTextContent('Person 1');
    expect(screen.getByRole('button', { name: 'Cancel the event' })).toBeInTheDocument();
  });

  it('says when an event does not exist, in French', async () => {
    renderEvents(<EventPage />, { ...at, lng: 'fr', mocks: [meMock(null), eventMock(null)] });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Cet événement n’existe pas, ou il a été retiré.',
      }),
    ).toBeInTheDocument();
  });
});
