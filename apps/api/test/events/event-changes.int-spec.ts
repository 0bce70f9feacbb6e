import { MemberRole } from '@wide-open/shared/contracts';
import { createEvent, RSVP } from '../support/events.fixtures';
import { png } from '../support/images';
import { count, memberWithRole } from '../support/members.fixtures';
import { mailsTo, notificationsOf, setLocale } from '../support/notifications.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { upload } from '../support/uploads';

const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      id
      title
      startsAt
      endsAt
      capacity
      movedFrom
      coverUrl
      goingCount
      waitlistCount
    }
  }
`;
const CANCEL = `mutation($id: ID!, $andFollowing: Boolean) { cancelEvent(id: $id, andFollowing: $andFollowing) { id cancelled } }`;
const MESSAGE = `mutation($id: ID!, $message: String!) { messageEventAttendees(id: $id, message: $message) }`;
const MY_EVENTS = /* GraphQL */ `
  query Mine($past: Boolean, $first: Int, $after: String) {
    myEvents(past: $past, first: $first, after: $after) {
      edges {
        node {
          id
          cancelled
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

type Member = { id: string; email: string; token: string };
const DAY = 86_400_000;
const shift = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms).toISOString();

describe('events: changing them, series exceptions, cancelling, writing to attendees', () => {
  let t: TestApp;
  let ambassador: Member;
  let members: Member[];

  beforeAll(async () => {
    t = await createTestApp();
    ambassador = await memberWithRole(t, MemberRole.AMBASSADOR);
    members = [];
    for (let i = 0; i < 4; i++) members.push(await memberWithRole(t, MemberRole.MEMBER));
  });
  afterAll(() => t.close());

  const answer = (member: Member, id: string, status: string) =>
    t.gql(RSVP, { id, status }, member.token);
  const occurrences = async (seriesId: string) =>
    (
      await t.dataSource.query<Array<{ id: string; starts_at: Date; cancelled_at: Date | null }>>(
        'SELECT id, starts_at, cancelled_at FROM events WHERE series_id = $1 ORDER BY starts_at',
        [seriesId],
      )
    ).map((r) => ({ id: r.id, startsAt: r.starts_at.toISOString(), cancelled: !!r.cancelled_at }));
  const series = (count: number) =>
    createEvent(t, ambassador.token, {
      recurrence: { frequency: 'MONTHLY', interval: 2, count },
    });

  it('moves one occurrence of a series, leaving the others, and tells who answered going or maybe', async () => {
    const first = await series(3);
    const [, second, third] = await occurrences(first.seriesId!);
    await answer(members[0], second.id, 'GOING');
    await answer(members[1], second.id, 'MAYBE');
    await answer(members[2], second.id, 'NOT_GOING');
    await setLocale(t, members[0].id, 'fr');
    await t.dataSource.query('UPDATE event_rsvps SET reminded_at = now() WHERE event_id = $1', [
      second.id,
    ]);

    const res = await t.gql<{ updateEvent: { startsAt: string; movedFrom: string } }>(
      UPDATE,
      {
        id: second.id,
        input: {
          startsAt: shift(second.startsAt, DAY),
          endsAt: shift(second.startsAt, DAY + 2 * 3_600_000),
        },
      },
      ambassador.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateEvent).toMatchObject({
      startsAt: shift(second.startsAt, DAY),
      movedFrom: second.startsAt,
    });
    const after = await occurrences(first.seriesId!);
    expect(after[0].startsAt).toBe(first.startsAt);
    expect(after[2].startsAt).toBe(third.startsAt);
    // The new date deserves a new reminder.
    expect(
      await count(t, 'event_rsvps', `event_id = '${second.id}' AND reminded_at IS NOT NULL`),
    ).toBe(0);

    for (const [member, expected] of [
      [members[0], 1],
      [members[1], 1],
      [members[2], 0],
      [ambassador, 0],
    ] as const) {
      const told = await notificationsOf(t, member.id, 'EVENT_UPDATED');
      expect(told.filter((n) => n.payload['eventId'] === second.id)).toHaveLength(expected);
    }
    const [note] = await notificationsOf(t, members[0].id, 'EVENT_UPDATED');
    expect(note.payload).toMatchObject({ change: 'MOVED', startsAt: shift(second.startsAt, DAY) });
    await eventually(() => {
      const [mail] = mailsTo(t, members[0].email).filter((m) =>
        m.subject.includes('change de date'),
      );
      expect(mail?.text).toContain('(Europe/Paris)');
    });
  });

  it('refuses changes from others and impossible ones with a clear error, changing nothing', async () => {
    const event = await createEvent(t, ambassador.token, { capacity: 3 });
    await answer(members[0], event.id, 'GOING');
    await answer(members[1], event.id, 'GOING');
    const row = () =>
      t.dataSource
        .query<Array<Record<string, unknown>>>('SELECT * FROM events WHERE id = $1', [event.id])
        .then((r) => r[0]);
    const before = await row();

    const byOther = await t.gql(
      UPDATE,
      { id: event.id, input: { title: 'Mine now' } },
      members[0].token,
    );
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byNobody = await t.gql(UPDATE, { id: event.id, input: { title: 'Mine now' } });
    expect(byNobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ endsAt: shift(event.startsAt, -3_600_000) }, 'endsAt', 'must be after the start'],
      [{ capacity: 1 }, 'capacity', 'cannot be below the 2 members already seated'],
      [{ capacity: 0 }, 'capacity', 'must be at least 1'],
      [{ title: '   ' }, 'title', 'must be between 3 and 200 characters'],
      [{ startsAt: null }, 'startsAt', 'must be a date and time'],
      [
        { startsAt: '2020-01-01T10:00:00Z', endsAt: '2020-01-01T12:00:00Z' },
        'startsAt',
        'must be in the future',
      ],
      [{ address: null }, 'address', 'give a place, an address or an online link'],
      [
        { coverId: '0190a8c4-0000-7000-8000-000000000000' },
        'coverId',
        'must be images you uploaded',
      ],
    ];
    for (const [change, field, message] of cases) {
      const res = await t.gql(UPDATE, { id: event.id, input: change }, ambassador.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['fields']).toMatchObject({ [field]: message });
    }
    const unknown = await t.gql(
      UPDATE,
      { id: '0190a8c4-0000-7000-8000-000000000000', input: { title: 'Nope' } },
      ambassador.token,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await row()).toEqual(before);
    expect(await count(t, 'notifications', `payload->>'eventId' = '${event.id}'`)).toBe(0);
  });

  it('seats the waiting list in order when the capacity grows, and shows the cover chosen', async () => {
    const event = await createEvent(t, ambassador.token, { capacity: 1 });
    for (const member of members.slice(0, 3)) await answer(member, event.id, 'GOING');
    const image = await upload(t, ambassador.token, await png(800, 400), 'cover.png');
    expect(image.status).toBe(201);

    const res = await t.gql<{ updateEvent: Record<string, unknown> }>(
      UPDATE,
      { id: event.id, input: { capacity: 2, coverId: image.body.id } },
      ambassador.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateEvent).toMatchObject({ capacity: 2, goingCount: 2, waitlistCount: 1 });
    expect(res.data?.updateEvent['coverUrl']).toMatch(/\/uploads\/images\/.+\/large\.webp$/);
    // members[1] queued before members[2]: the seat is theirs, and they hear of it.
    expect(await notificationsOf(t, members[1].id, 'EVENT_SEAT_FREED')).toHaveLength(1);
    expect(await notificationsOf(t, members[2].id, 'EVENT_SEAT_FREED')).toHaveLength(0);
    // Neither the time nor the place changed: nobody is told of a change.
    expect(
      await count(
        t,
        'notifications',
        `type = 'EVENT_UPDATED' AND payload->>'eventId' = '${event.id}'`,
      ),
    ).toBe(0);

    const someoneElses = await upload(t, members[0].token, await png(400, 300), 'mine.png');
    const refused = await t.gql(
      UPDATE,
      { id: event.id, input: { coverId: someoneElses.body.id } },
      ambassador.token,
    );
    expect(refused.errors?.[0]?.extensions?.['fields']).toMatchObject({
      coverId: 'must be images you uploaded',
    });
  });

  it('cancels one occurrence, or it and the following ones, telling their attendees', async () => {
    const first = await series(4);
    const dates = await occurrences(first.seriesId!);
    await answer(members[0], dates[2].id, 'GOING');
    await answer(members[1], dates[3].id, 'MAYBE');

    const one = await t.gql(CANCEL, { id: dates[0].id }, ambassador.token);
    expect(one.errors).toBeUndefined();
    expect((await occurrences(first.seriesId!)).map((o) => o.cancelled)).toEqual([
      true,
      false,
      false,
      false,
    ]);

    const byMember = await t.gql(CANCEL, { id: dates[1].id, andFollowing: true }, members[0].token);
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rest = await t.gql(CANCEL, { id: dates[1].id, andFollowing: true }, ambassador.token);
    expect(rest.errors).toBeUndefined();
    expect((await occurrences(first.seriesId!)).every((o) => o.cancelled)).toBe(true);
    for (const [member, eventId] of [
      [members[0], dates[2].id],
      [members[1], dates[3].id],
    ] as const) {
      const [note] = await notificationsOf(t, member.id, 'EVENT_UPDATED').then((n) =>
        n.filter((x) => x.payload['eventId'] === eventId),
      );
      expect(note?.payload['change']).toBe('CANCELLED');
    }
    const changeCancelled = await t.gql(
      UPDATE,
      { id: dates[2].id, input: { title: 'Back on' } },
      ambassador.token,
    );
    expect(changeCancelled.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets the organizer write to everyone coming, in their language, a few times a day', async () => {
    const event = await createEvent(t, ambassador.token, { title: 'Atelier modèle économique' });
    await answer(members[0], event.id, 'GOING');
    await answer(members[1], event.id, 'MAYBE');
    await answer(members[2], event.id, 'NOT_GOING');
    await setLocale(t, members[0].id, 'fr');

    const sent = await t.gql<{ messageEventAttendees: number }>(
      MESSAGE,
      { id: event.id, message: 'Le code de la porte est 4821.\nApportez une tasse !' },
      ambassador.token,
    );
    expect(sent.data?.messageEventAttendees).toBe(2);
    const [note] = await notificationsOf(t, members[0].id, 'EVENT_MESSAGE');
    expect(note.payload).toMatchObject({
      eventId: event.id,
      excerpt: expect.stringContaining('4821'),
    });
    expect(await notificationsOf(t, members[2].id, 'EVENT_MESSAGE')).toHaveLength(0);
    await eventually(() => {
      const [mail] = mailsTo(t, members[0].email).filter((m) =>
        m.subject.includes('écrit aux participants de « Atelier modèle économique »'),
      );
      expect(mail?.text).toContain('> Le code de la porte est 4821.');
    });

    const before = await count(t, 'notifications');
    for (const [message, field, text] of [
      ['   ', 'message', 'is required'],
      ['x'.repeat(2_001), 'message', 'must be at most 2000 characters'],
    ]) {
      const res = await t.gql(MESSAGE, { id: event.id, message }, ambassador.token);
      expect(res.errors?.[0]?.extensions?.['fields']).toMatchObject({ [field]: text });
    }
    const byMember = await t.gql(MESSAGE, { id: event.id, message: 'Hello' }, members[0].token);
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count(t, 'notifications')).toBe(before);

    for (let i = 0; i < 4; i++)
      expect(
        (await t.gql(MESSAGE, { id: event.id, message: `Note ${i}` }, ambassador.token)).errors,
      ).toBeUndefined();
    const sixth = await t.gql(MESSAGE, { id: event.id, message: 'One more' }, ambassador.token);
    expect(sixth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('lists my events: organized or answered going or maybe, cancelled included, upcoming first', async () => {
    const me = await memberWithRole(t, MemberRole.AMBASSADOR);
    const [going, maybe, notGoing, cancelled, mine] = [
      await createEvent(t, ambassador.token, {}, 8),
      await createEvent(t, ambassador.token, {}, 8),
      await createEvent(t, ambassador.token, {}, 8),
      await createEvent(t, ambassador.token, {}, 8),
      await createEvent(t, me.token, {}, 8),
    ];
    await answer(me, going.id, 'GOING');
    await answer(me, maybe.id, 'MAYBE');
    await answer(me, notGoing.id, 'NOT_GOING');
    await answer(me, cancelled.id, 'GOING');
    await t.gql(CANCEL, { id: cancelled.id }, ambassador.token);

    const seen: Array<{ id: string; cancelled: boolean }> = [];
    let after: string | null = null;
    do {
      type Page = {
        myEvents: {
          edges: Array<{ node: { id: string; cancelled: boolean } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const res: { data?: Page | null } = await t.gql<Page>(
        MY_EVENTS,
        { first: 2, after },
        me.token,
      );
      seen.push(...res.data!.myEvents.edges.map((e) => e.node));
      after = res.data!.myEvents.pageInfo.hasNextPage
        ? res.data!.myEvents.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual([
      { id: going.id, cancelled: false },
      { id: maybe.id, cancelled: false },
      { id: cancelled.id, cancelled: true },
      { id: mine.id, cancelled: false },
    ]);
    const past = await t.gql<{ myEvents: { edges: unknown[] } }>(
      MY_EVENTS,
      { past: true },
      me.token,
    );
    expect(past.data?.myEvents.edges).toEqual([]);
    const anonymous = await t.gql(MY_EVENTS, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
