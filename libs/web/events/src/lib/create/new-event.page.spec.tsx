import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberRole } from '@wide-open/shared/contracts';
import { GraphQLError } from 'graphql';
import { firstPaint, member, meMock, renderEvents } from '../../testing/render-events';
import { createEventMutation } from '../events.documents';
import { NewEventPage } from './new-event.page';

const ambassador = member({ role: MemberRole.AMBASSADOR });

// 18:00 in Paris on 20 June 2099 (summer time, UTC+2) is 16:00 UTC.
const input = {
  title: 'Wide Open meetup in Paris',
  description: null,
  startsAt: '2099-06-20T16:00:00.000Z',
  endsAt: '2099-06-20T18:30:00.000Z',
  timeZone: 'Europe/Paris',
  placeId: null,
  address: '74 avenue Denfert-Rochereau',
  city: 'Paris',
  country: null,
  onlineUrl: null,
  capacity: 1,
  language: 'en',
  recurrence: null,
};

function created() {
  return {
    request: { query: createEventMutation, variables: { input } },
    result: { data: { createEvent: { __typename: 'Event', id: 'e-new' } } },
  };
}

function refused(fields: Record<string, string>) {
  return {
    request: { query: createEventMutation, variables: { input } },
    result: {
      errors: [
        new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields } }),
      ],
    },
  };
}

/** Sets a field's value in one change event (typing key by key is slow on a busy machine). */
function fill(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

async function fillValidEvent(user: ReturnType<typeof userEvent.setup>, endTime = '20:30') {
  fill(screen.getByRole('textbox', { name: /^Title/ }), input.title);
  // Date and time inputs have no textbox role; their labels find them.
  fill(screen.getByLabelText(/^Start date/), '2099-06-20');
  fill(screen.getByLabelText(/^Start time/), '18:00');
  fill(screen.getByLabelText(/^End time/), endTime);
  await user.selectOptions(screen.getByRole('combobox', { name: /^Time zone/ }), 'Europe/Paris');
  fill(screen.getByRole('textbox', { name: 'Address' }), input.address);
  fill(screen.getByRole('textbox', { name: 'City' }), 'Paris');
  fill(screen.getByRole('textbox', { name: /^Seats/ }), '1');
}

// A long form in jsdom: rendering it is CPU-bound, and the machine may be busy.
jest.setTimeout(60_000);

describe('NewEventPage', () => {
  it('says what is missing before sending anything', async () => {
    renderEvents(<NewEventPage />, { mocks: [meMock(ambassador)] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Publish the event' }, firstPaint));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /title must be between 3 and 200/ }),
    ).toHaveAttribute('href', '#title');
    expect(
      within(summary).getByRole('link', { name: 'Give the start date and time.' }),
    ).toHaveAttribute('href', '#startDate');
    expect(
      within(summary).getByText('Give a place, an address or an online link.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses an end before the start, a bad link and zero seats, in French too', async () => {
    renderEvents(<NewEventPage />, { mocks: [meMock(ambassador)], lng: 'fr' });
    const user = userEvent.setup();
    fill(await screen.findByRole('textbox', { name: /^Titre/ }, firstPaint), 'Rencontre');
    fill(screen.getByLabelText(/^Date de début/), '2099-06-20');
    fill(screen.getByLabelText(/^Heure de début/), '18:00');
    fill(screen.getByLabelText(/^Heure de fin/), '17:00');
    fill(screen.getByRole('textbox', { name: /^Lien en ligne/ }), 'meet.example.org');
    fill(screen.getByRole('textbox', { name: /^Places/ }), '0');
    await user.click(screen.getByRole('button', { name: 'Publier l’événement' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('La fin doit être après le début.');
    expect(summary).toHaveTextContent(
      'Le lien en ligne doit être une adresse web commençant par https://',
    );
    expect(summary).toHaveTextContent(
      'Le nombre de places doit être un nombre entier entre 1 et 100000.',
    );
  });

  it('shows the API’s field errors by their field, then publishes and opens the event', async () => {
    renderEvents(<NewEventPage />, {
      mocks: [
        meMock(ambassador),
        refused({ 'input.startsAt': 'must be in the future' }),
        created(),
      ],
    });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Publish the event' }, firstPaint);
    await fillValidEvent(user);
    await user.click(screen.getByRole('button', { name: 'Publish the event' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'The start must be in the future.' }),
    ).toHaveAttribute('href', '#startDate');
    expect(screen.getByLabelText(/^Start date/)).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Publish the event' }));
    expect(await screen.findByText('Event page (navigated)')).toBeInTheDocument();
  });

  it('tells members who are not ambassadors that only ambassadors create events', async () => {
    renderEvents(<NewEventPage />, { mocks: [meMock(member())] });
    expect(
      await screen.findByText(/Only ambassadors can create events/, {}, firstPaint),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish the event' })).toBeNull();
  });
});
