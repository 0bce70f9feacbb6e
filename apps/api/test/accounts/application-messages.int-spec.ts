import { MemberRole } from '@wide-open/shared/contracts';
import { createTestApp, eventually, type TestApp } from '../support/test-app';
import { apply, count, memberWithRole } from '../support/members.fixtures';
import { connectAs, record } from '../support/sockets';

const SEND = /* GraphQL */ `
  mutation Send($applicantId: ID, $body: String!) {
    sendApplicationMessage(applicantId: $applicantId, body: $body) {
      id
      body
      fromModerationTeam
      author {
        id
      }
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($applicantId: ID, $first: Int, $after: String) {
    applicationMessages(applicantId: $applicantId, first: $first, after: $after) {
      edges {
        node {
          id
          body
          fromModerationTeam
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const APPROVE = `mutation($id: ID!) { approveMember(memberId: $id) { id status } }`;

type Sent = { sendApplicationMessage: { id: string; body: string; fromModerationTeam: boolean } };
type Listed = {
  applicationMessages: {
    edges: Array<{ node: { id: string; body: string; fromModerationTeam: boolean } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe('messages between moderators and an applicant, before the decision', () => {
  let t: TestApp;
  let moderator: { id: string; token: string };
  let member: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
    member = await memberWithRole(t, MemberRole.MEMBER);
  });
  afterAll(() => t.close());

  it('lets a moderator ask, the applicant answer, both read the exchange in order, live for moderators and by email', async () => {
    const applicant = await apply(t, { locale: 'fr' });
    const moderatorSocket = await connectAs(t.url, moderator.token);
    const toModerators = record<{ applicantId: string }>(moderatorSocket, 'application:message');
    try {
      const asked = await t.gql<Sent>(
        SEND,
        { applicantId: applicant.member.id, body: '  Where is your place, and who runs it?  ' },
        moderator.token,
      );
      expect(asked.errors).toBeUndefined();
      expect(asked.data?.sendApplicationMessage).toMatchObject({
        body: 'Where is your place, and who runs it?',
        fromModerationTeam: true,
      });
      const answered = await t.gql<Sent>(
        SEND,
        { body: 'In Lyon, a cooperative of twelve people.' },
        applicant.token,
      );
      expect(answered.data?.sendApplicationMessage.fromModerationTeam).toBe(false);

      for (const token of [applicant.token, moderator.token]) {
        const res = await t.gql<Listed>(LIST, { applicantId: applicant.member.id }, token);
        expect(res.data?.applicationMessages.edges.map((e) => e.node.body)).toEqual([
          'Where is your place, and who runs it?',
          'In Lyon, a cooperative of twelve people.',
        ]);
      }
      await eventually(() => {
        expect(toModerators).toEqual([
          expect.objectContaining({ applicantId: applicant.member.id }),
          expect.objectContaining({ applicantId: applicant.member.id }),
        ]);
      });
      const mails = t.outbox().filter((m) => m.to === applicant.email);
      expect(mails.map((m) => m.subject)).toContain(
        'Wide Open : un·e modérateur·rice vous a écrit',
      );
      expect(mails.find((m) => m.subject.includes('modérateur'))?.text).toContain(
        'Where is your place, and who runs it?',
      );
      const log = await count(
        t,
        'moderation_actions',
        `action = 'MESSAGE_APPLICANT' AND target_id = '${applicant.member.id}'`,
      );
      expect(log).toBe(1);
    } finally {
      moderatorSocket.close();
    }
  });

  it('pages through a long exchange with keyset cursors', async () => {
    const applicant = await apply(t);
    for (let i = 1; i <= 5; i++)
      await t.gql(
        SEND,
        { applicantId: applicant.member.id, body: `Question ${i}` },
        moderator.token,
      );
    const first = await t.gql<Listed>(LIST, { first: 3 }, applicant.token);
    const rest = await t.gql<Listed>(
      LIST,
      { first: 3, after: first.data?.applicationMessages.pageInfo.endCursor },
      applicant.token,
    );
    expect(first.data?.applicationMessages.pageInfo.hasNextPage).toBe(true);
    expect(
      [...first.data!.applicationMessages.edges, ...rest.data!.applicationMessages.edges].map(
        (e) => e.node.body,
      ),
    ).toEqual(['Question 1', 'Question 2', 'Question 3', 'Question 4', 'Question 5']);
  });

  it('refuses an applicant who writes first, and anyone reading or writing on another application', async () => {
    const applicant = await apply(t);
    const other = await apply(t);
    const before = await count(t, 'application_messages');

    const first = await t.gql(SEND, { body: 'Please approve me quickly' }, applicant.token);
    expect(first.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await t.gql(SEND, { applicantId: applicant.member.id, body: 'Tell us more' }, moderator.token);
    const intruders = [
      t.gql(LIST, { applicantId: applicant.member.id }, other.token),
      t.gql(LIST, { applicantId: applicant.member.id }, member.token),
      t.gql(SEND, { applicantId: applicant.member.id, body: 'Hello' }, other.token),
      t.gql(SEND, { applicantId: applicant.member.id, body: 'Hello' }, member.token),
    ];
    for (const res of await Promise.all(intruders))
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await t.gql(LIST, { applicantId: applicant.member.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(t, 'application_messages')).toBe(before + 1);
  });

  it('refuses empty, oversized and misaddressed messages with a clear error, storing nothing', async () => {
    const applicant = await apply(t);
    const before = await count(t, 'application_messages');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ applicantId: applicant.member.id, body: '   ' }, 'BAD_USER_INPUT', 'body'],
      [{ applicantId: applicant.member.id, body: 'x'.repeat(4001) }, 'BAD_USER_INPUT', 'body'],
      [{ applicantId: 'not-an-id', body: 'Hello' }, 'BAD_USER_INPUT', 'applicantId'],
    ];
    for (const [variables, code, field] of cases) {
      const res = await t.gql(SEND, variables, moderator.token);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.errors?.[0]?.extensions?.fields).toHaveProperty(field);
    }
    const unknown = await t.gql(
      SEND,
      { applicantId: '0190a8c4-0000-7000-8000-000000000000', body: 'Hello' },
      moderator.token,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(t, 'application_messages')).toBe(before);
  });

  it('closes the exchange once the application is decided', async () => {
    const applicant = await apply(t);
    await t.gql(SEND, { applicantId: applicant.member.id, body: 'One question' }, moderator.token);
    await t.gql(APPROVE, { id: applicant.member.id }, moderator.token);
    const late = await t.gql(
      SEND,
      { applicantId: applicant.member.id, body: 'Another question' },
      moderator.token,
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const history = await t.gql<Listed>(
      LIST,
      { applicantId: applicant.member.id },
      moderator.token,
    );
    expect(history.data?.applicationMessages.edges).toHaveLength(1);
  });
});
