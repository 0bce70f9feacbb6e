import ICAL from 'ical.js';
import request from 'supertest';
import { EventRemindersService } from '@wide-open/api/events';
import { MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import {
  CREATE_EVENT as CREATE,
  createEvent,
  eventInput as input,
  RSVP,
} from '../support/events.fixtures';
import { count, memberWithRole } from '../support/members.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

const EVENT = /* GraphQL */ `
  query Event($id: ID!) {
    event(id: $id) {
      id
      title
      goingCount
      waitlistCount
      cancelled
      viewerRsvp {
        status
        waitlisted
      }
      attendees {
        member {
          id
        }
        status
        waitlisted
      }
    }
  }
`;
const EVENTS = /* GraphQL */ `
  query Events($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          title
          startsAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const CANCEL = `mutation($id: ID!) { cancelEvent(id: $id) { id cancelled } }`;

type EventView = {
  event: {
    goingCount: number;
    waitlistCount: number;
    viewerRsvp: { status: string; waitlisted: boolean } | null;
    attendees: Array<{ member: { id: string }; status: string; waitlisted: boolean }> | null;
  } | null;
};

const nextYear = new Date().getUTCFullYear() + 1;

describe('events: the agenda, RSVPs with a waiting list, series and calendars', () => {
  let t: TestApp;
  let ambassador: { id: string; token: string };
  let members: Array<{ id: string; email: string; token: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    ambassador = await memberWithRole(t, MemberRole.AMBASSADOR);
    members = [];
    for (let i = 0; i < 4; i++) members.push(await memberWithRole(t, MemberRole.MEMBER));
  });
  afterAll(() => t.close());

  const create = (overrides: Record<string, unknown> = {}) =>
    createEvent(t, ambassador.token, overrides);

  it('lets an ambassador publish an event anyone can read, and no one else create one', async () => {
    const event = await create();
    expect(event.icsUrl).toMatch(new RegExp(`/calendar/events/${event.id}\\.ics$`));
    const anonymous = await t.gql<{ event: { title: string; viewerRsvp: null; attendees: null } }>(
      EVENT,
      { id: event.id },
    );
    expect(anonymous.data?.event).toMatchObject({ viewerRsvp: null, attendees: null });
    expect(anonymous.data?.event?.title).toMatch(/^Wide Open meetup/);

    const before = await count(t, 'events');
    const byMember = await t.gql(CREATE, { input: input() }, members[0].token);
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byNobody = await t.gql(CREATE, { input: input() });
    expect(byNobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(t, 'events')).toBe(before);
  });

  it('seats members up to capacity, waitlists the rest in order, and promotes the first when a seat frees', async () => {
    const event = await create({ capacity: 2 });
    const answer = (i: number, status: string) =>
      t.gql<{ rsvp: { status: string; waitlisted: boolean } }>(
        RSVP,
        { id: event.id, status },
        members[i].token,
      );
    expect((await answer(0, 'GOING')).data?.rsvp).toEqual({ status: 'GOING', waitlisted: false });
    expect((await answer(1, 'GOING')).data?.rsvp).toEqual({ status: 'GOING', waitlisted: false });
    expect((await answer(2, 'GOING')).data?.rsvp).toEqual({ status: 'GOING', waitlisted: true });
    expect((await answer(3, 'GOING')).data?.rsvp).toEqual({ status: 'GOING', waitlisted: true });

    expect((await answer(1, 'NOT_GOING')).data?.rsvp).toEqual({
      status: 'NOT_GOING',
      waitlisted: false,
    });
    const promoted = await t.gql<EventView>(EVENT, { id: event.id }, members[2].token);
    expect(promoted.data?.event).toMatchObject({
      goingCount: 2,
      waitlistCount: 1,
      viewerRsvp: { status: 'GOING', waitlisted: false },
      attendees: null,
    });
    expect(
      await count(
        t,
        'notifications',
        `member_id = '${members[2].id}' AND type = 'EVENT_SEAT_FREED'`,
      ),
    ).toBe(1);
    const organizerView = await t.gql<EventView>(EVENT, { id: event.id }, ambassador.token);
    expect(organizerView.data?.event?.attendees?.map((a) => [a.member.id, a.waitlisted])).toEqual([
      [members[0].id, false],
      [members[2].id, false],
      [members[3].id, true],
    ]);
  });

  it('gives the last seat to exactly one of two members answering at the same moment', async () => {
    const event = await create({ capacity: 1 });
    const answers = await Promise.all(
      [members[0], members[1]].map((m) =>
        t.gql<{ rsvp: { waitlisted: boolean } }>(RSVP, { id: event.id, status: 'GOING' }, m.token),
      ),
    );
    expect(answers.map((a) => a.data?.rsvp.waitlisted).sort()).toEqual([false, true]);
  });

  it('refuses applicants, cancelled events and unknown ones', async () => {
    const event = await create();
    const pending = await memberWithRole(t, MemberRole.MEMBER, MemberStatus.PENDING);
    const byPending = await t.gql(RSVP, { id: event.id, status: 'GOING' }, pending.token);
    expect(byPending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notOrganizer = await t.gql(CANCEL, { id: event.id }, members[0].token);
    expect(notOrganizer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await t.gql(CANCEL, { id: event.id }, ambassador.token);
    const late = await t.gql(RSVP, { id: event.id, status: 'GOING' }, members[0].token);
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await t.gql(
      RSVP,
      { id: '0190a8c4-0000-7000-8000-000000000000', status: 'GOING' },
      members[0].token,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(t, 'event_rsvps', `event_id = '${event.id}'`)).toBe(0);
  });

  it('creates a series every two months at the same Paris wall-clock time across DST', async () => {
    const first = await create({
      startsAt: new Date(Date.UTC(nextYear, 0, 15, 18, 0)).toISOString(),
      endsAt: new Date(Date.UTC(nextYear, 0, 15, 20, 0)).toISOString(),
      recurrence: { frequency: 'MONTHLY', interval: 2, count: 4 },
    });
    const rows = await t.dataSource.query<Array<{ starts_at: Date; ends_at: Date }>>(
      'SELECT starts_at, ends_at FROM events WHERE series_id = $1 ORDER BY starts_at',
      [first.seriesId],
    );
    const parisHour = (d: Date) =>
      Number(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Paris',
          hour: 'numeric',
          hourCycle: 'h23',
        }).format(d),
      );
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => parisHour(r.starts_at))).toEqual([19, 19, 19, 19]);
    expect(rows.map((r) => r.starts_at.toISOString().slice(11, 16))).toEqual([
      '18:00',
      '18:00',
      '17:00',
      '17:00',
    ]);
    for (const r of rows) expect(r.ends_at.getTime() - r.starts_at.getTime()).toBe(2 * 3_600_000);
  });

  it('lists upcoming events first, filtered by city (any case) and by online or not', async () => {
    const lyon = await create({ city: 'Lyon' });
    const online = await create({
      address: null,
      city: null,
      country: null,
      onlineUrl: 'https://meet.example.org/wide-open',
    });
    const list = async (filter: Record<string, unknown>) =>
      (
        await t.gql<{ events: { edges: Array<{ node: { id: string; startsAt: string } }> } }>(
          EVENTS,
          { filter, first: 100 },
        )
      ).data!.events.edges.map((e) => e.node);
    const inLyon = await list({ city: 'LYON' });
    expect(inLyon.map((e) => e.id)).toEqual([lyon.id]);
    expect((await list({ online: true })).map((e) => e.id)).toEqual([online.id]);
    expect((await list({ online: false })).map((e) => e.id)).not.toContain(online.id);
    const all = await list({});
    const starts = all.map((e) => e.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('exports an event and the agenda as iCalendar that a parser reads back', async () => {
    const event = await create({ title: 'Apéro des tiers-lieux, Paris; printemps' });
    const file = await request(t.app.getHttpServer()).get(`/calendar/events/${event.id}.ics`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('text/calendar');
    const vevent = new ICAL.Event(
      new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!,
    );
    expect(vevent.summary).toBe('Apéro des tiers-lieux, Paris; printemps');
    expect(vevent.startDate.toJSDate().toISOString()).toBe(event.startsAt);
    expect(vevent.location).toBe('74 avenue Denfert-Rochereau, Paris, FR');

    const agenda = await request(t.app.getHttpServer()).get('/calendar/agenda.ics');
    const uids = new ICAL.Component(ICAL.parse(agenda.text))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toContain(`${event.id}@wide-open`);

    for (const path of [
      '/calendar/events/nope.ics',
      `/calendar/events/${event.id}`,
      '/calendar/events/0190a8c4-0000-7000-8000-000000000000.ics',
    ])
      expect((await request(t.app.getHttpServer()).get(path)).status).toBe(404);
  });

  it('reminds seated attendees once, the day before, in their language and the event’s time zone', async () => {
    const event = await create({ capacity: 1, title: 'Rencontre des ambassadeurs' });
    await t.dataSource.query(`UPDATE members SET locale = 'fr' WHERE id = $1`, [members[0].id]);
    await t.gql(RSVP, { id: event.id, status: 'GOING' }, members[0].token);
    await t.gql(RSVP, { id: event.id, status: 'GOING' }, members[1].token);
    await t.gql(RSVP, { id: event.id, status: 'MAYBE' }, members[2].token);
    const reminders = t.app.get(EventRemindersService);
    const startsAt = new Date(event.startsAt).getTime();
    const hours = (h: number) => new Date(startsAt - h * 3_600_000);

    expect(await reminders.sendDue(hours(30))).toBe(0);
    expect(await reminders.sendDue(hours(20))).toBe(1);
    expect(await reminders.sendDue(hours(19))).toBe(0);
    expect(
      await count(
        t,
        'notifications',
        `type = 'EVENT_REMINDER' AND payload->>'eventId' = '${event.id}'`,
      ),
    ).toBe(1);
    await eventually(() => {
      const mails = t.outbox().filter((m) => m.subject === 'Demain : Rencontre des ambassadeurs');
      expect(mails.map((m) => m.to)).toEqual([members[0].email]);
      // 17:00 UTC in June is 19:00 in Paris.
      expect(mails[0].text).toContain('19:00');
      expect(mails[0].text).toContain('(Europe/Paris)');
    });
  });

  it('refuses impossible events with a clear error for each field, storing nothing', async () => {
    const before = await count(t, 'events');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ endsAt: input().startsAt, startsAt: input().endsAt }, 'endsAt', 'must be after the start'],
      [{ capacity: 0 }, 'capacity', 'must be at least 1'],
      [{ capacity: -5 }, 'capacity', 'must be at least 1'],
      [{ placeId: '0190a8c4-0000-7000-8000-000000000000' }, 'placeId', 'is not a place'],
      [{ description: 'x'.repeat(20_001) }, 'description', 'must be at most 20000 characters'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'is not a time zone (e.g. Europe/Paris)'],
      [{ address: null, onlineUrl: null }, 'address', 'give a place, an address or an online link'],
      [
        { startsAt: '2020-01-01T10:00:00Z', endsAt: '2020-01-01T12:00:00Z' },
        'startsAt',
        'must be in the future',
      ],
      [
        { recurrence: { frequency: 'MONTHLY', interval: 2, count: 500 } },
        'recurrence.count',
        'must be at most 24',
      ],
    ];
    for (const [overrides, field, message] of cases) {
      const res = await t.gql(CREATE, { input: input(overrides) }, ambassador.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toMatchObject({ [field]: message });
    }
    expect(await count(t, 'events')).toBe(before);
  });
});
