import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import { GraphQLError } from 'graphql';
import {
  eventDetails,
  eventMock,
  firstPaint,
  member,
  meMock,
  renderEvents,
} from '../../testing/render-events';
import { updateEventMutation } from '../events.documents';
import { EditEventPage } from './edit-event.page';

const id = eventDetails().id;
const at = { url: `/events/${id}/edit`, path: '/events/:id/edit' };
const organizer = member({ id: 'm-9', role: MemberRole.AMBASSADOR });
const managed = eventDetails({ attendees: [], seriesId: 's-1' });

// The event starts at 19:00 Paris time; moved to 20:00, it starts at 18:00 UTC.
const changes = {
  title: 'Wide Open meetup',
  description: 'We talk about **business models**.',
  startsAt: '2099-06-20T18:00:00.000Z',
  endsAt: '2099-06-20T19:30:00.000Z',
  timeZone: 'Europe/Paris',
  placeId: 'p-1',
  address: '74 avenue Denfert-Rochereau',
  city: 'Paris',
  country: 'FR',
  onlineUrl: null,
  capacity: 1,
  language: 'en',
};

function updateMock(result: Record<string, unknown>) {
  return { request: { query: updateEventMutation, variables: { id, input: changes } }, result };
}

async function moveToEight() {
  const start = await screen.findByLabelText(/^Start time/, undefined, firstPaint);
  fireEvent.change(start, { target: { value: '20:00' } });
  await userEvent.setup().click(screen.getByRole('button', { name: 'Save the changes' }));
}

describe('EditEventPage', () => {
  it('opens filled in with the event, in its zone, for this date only, and saves a move', async () => {
    renderEvents(<EditEventPage />, {
      ...at,
      mocks: [
        meMock(organizer),
        eventMock(managed),
        updateMock({
          data: {
            updateEvent: { ...managed, startsAt: changes.startsAt, movedFrom: managed.startsAt },
          },
        }),
      ],
    });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Change “Wide Open meetup”' },
        firstPaint,
      ),
    ).toBeVisible();
    expect(screen.getByText(/This changes this date only/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Wide Open meetup');
    expect(screen.getByLabelText(/^Start date/)).toHaveValue('2099-06-20');
    expect(screen.getByLabelText(/^Start time/)).toHaveValue('19:00');
    expect(screen.getByLabelText(/^End time/)).toHaveValue('21:30');
    // A series' rhythm is set when it is created; an occurrence is changed alone.
    expect(screen.queryByRole('checkbox', { name: 'Repeat this event' })).toBeNull();
    await moveToEight();
    expect(await screen.findByText('Event page (navigated)')).toBeInTheDocument();
  });

  it('puts the server’s refusal on the field it concerns', async () => {
    renderEvents(<EditEventPage />, {
      ...at,
      mocks: [
        meMock(organizer),
        eventMock(managed),
        updateMock({
          errors: [
            new GraphQLError('Invalid input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: { capacity: 'cannot be below the 3 members already seated' },
              },
            }),
          ],
        }),
      ],
    });
    await moveToEight();
    expect(
      await screen.findByText(/Seats: cannot be below the 3 members already seated/, {
        selector: '.mantine-InputWrapper-error, .mantine-TextInput-error',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('The changes were not saved. Check the fields below.')[0],
    ).toBeVisible();
  });

  it('tells a member who does not run the event that they cannot change it', async () => {
    renderEvents(<EditEventPage />, {
      ...at,
      mocks: [meMock(member()), eventMock(eventDetails())],
    });
    expect(
      await screen.findByText(
        'Only the organizer or a moderator can change this event.',
        undefined,
        firstPaint,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save the changes' })).toBeNull();
  });
});
