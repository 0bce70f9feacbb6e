import { MemberRole } from '@wide-open/shared/contracts';
import { apply, memberWithRole } from '../support/members.fixtures';
import { mailsTo, notificationsOf, setPreference } from '../support/notifications.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

const APPROVE = `mutation($id: ID!) { approveMember(memberId: $id, message: "Welcome aboard") { status } }`;
const REJECT = `mutation($id: ID!) { rejectMember(memberId: $id, reason: "Tell us more about your project") { status } }`;

describe('membership notifications', () => {
  let t: TestApp;
  let moderator: { id: string; email: string; token: string };
  let admin: { id: string; email: string; token: string };
  beforeAll(async () => {
    t = await createTestApp();
    moderator = await memberWithRole(t, MemberRole.MODERATOR);
    admin = await memberWithRole(t, MemberRole.ADMIN);
  });
  afterAll(() => t.close());

  it('NEW_APPLICATION to every moderator, emailed as each chose', async () => {
    await setPreference(t, admin.token, 'NEW_APPLICATION', 'DAILY');
    const member = await memberWithRole(t, MemberRole.MEMBER);
    const applicant = await apply(t, { displayName: 'Nadia Benali' });
    await eventually(async () => {
      const [forModerator] = await notificationsOf(t, moderator.id, 'NEW_APPLICATION');
      expect(forModerator.payload).toMatchObject({
        memberId: applicant.member.id,
        applicantName: 'Nadia Benali',
        communityRole: 'PRACTITIONER',
      });
      expect(forModerator.digest).toBeNull();
      const [forAdmin] = await notificationsOf(t, admin.id, 'NEW_APPLICATION');
      expect(forAdmin.digest).toBe('DAILY');
    });
    await eventually(() => {
      const mails = mailsTo(t, moderator.email).filter((m) => m.subject.includes('Nadia Benali'));
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('New membership application: Nadia Benali');
      expect(mails[0].text).toContain('former factory');
      expect(mails[0].text).toContain('/moderation/applications');
    });
    expect(mailsTo(t, admin.email)).toEqual([]);
    expect(await notificationsOf(t, member.id)).toEqual([]);
  });

  it('APPLICATION_DECIDED to the applicant, approved or rejected, emailed once (by accounts)', async () => {
    const approved = await apply(t);
    const rejected = await apply(t);
    await t.gql(APPROVE, { id: approved.member.id }, moderator.token);
    await t.gql(REJECT, { id: rejected.member.id }, moderator.token);
    await eventually(async () => {
      const [yes] = await notificationsOf(t, approved.member.id, 'APPLICATION_DECIDED');
      expect(yes.payload).toEqual({ decision: 'APPROVED', excerpt: 'Welcome aboard' });
      const [no] = await notificationsOf(t, rejected.member.id, 'APPLICATION_DECIDED');
      expect(no.payload).toEqual({
        decision: 'REJECTED',
        excerpt: 'Tell us more about your project',
      });
    });
    await eventually(() => {
      expect(mailsTo(t, approved.email).map((m) => m.subject)).toEqual([
        'Wide Open: we received your application',
        'Welcome to Wide Open',
      ]);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(t, approved.email)).toHaveLength(2);
    expect(mailsTo(t, rejected.email)).toHaveLength(2);
  });
});
