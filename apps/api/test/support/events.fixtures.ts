import type { TestApp } from './test-app';

export const CREATE_EVENT = /* GraphQL */ `
  mutation Create($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      title
      startsAt
      endsAt
      timeZone
      capacity
      seriesId
      icsUrl
      coverUrl
      place {
        id
      }
    }
  }
`;

export type CreatedEvent = {
  id: string;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  icsUrl: string;
  coverUrl: string | null;
};

export const RSVP = `mutation($id: ID!, $status: RsvpStatus!) { rsvp(eventId: $id, status: $status) { status waitlisted } }`;

const nextYear = new Date().getUTCFullYear() + 1;
let n = 0;

/** A valid event a little into the future (each call a day later, so orders are stable). */
export function eventInput(overrides: Record<string, unknown> = {}, month = 5) {
  n += 1;
  return {
    title: `Wide Open meetup ${n}`,
    description: 'We talk about **business models**.',
    startsAt: new Date(Date.UTC(nextYear, month, n, 17, 0)).toISOString(),
    endsAt: new Date(Date.UTC(nextYear, month, n, 19, 30)).toISOString(),
    timeZone: 'Europe/Paris',
    address: '74 avenue Denfert-Rochereau',
    city: 'Paris',
    country: 'fr',
    language: 'fr',
    ...overrides,
  };
}

export async function createEvent(
  t: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
  month?: number,
): Promise<CreatedEvent> {
  const res = await t.gql<{ createEvent: CreatedEvent }>(
    CREATE_EVENT,
    { input: eventInput(overrides, month) },
    token,
  );
  if (!res.data?.createEvent) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvent;
}
