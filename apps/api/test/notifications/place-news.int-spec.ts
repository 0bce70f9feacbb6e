import { MemberRole } from '@wide-open/shared/contracts';
import { memberWithRole } from '../support/members.fixtures';
import {
  mailsTo,
  notificationsOf,
  setLocale,
  setPreference,
} from '../support/notifications.fixtures';
import { createTestApp, eventually, type TestApp } from '../support/test-app';

const CREATE = `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id slug } }`;
const FOLLOW = `mutation($id: ID!) { followPlace(id: $id) { followersCount } }`;
const ADD_LESSON = `mutation($placeId: ID!, $input: LessonInput!) { addLesson(placeId: $placeId, input: $input) { id } }`;

describe('PLACE_NEWS: followers hear of new lessons', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('notifies every follower but the author, as each chose; strangers hear nothing', async () => {
    const founder = await memberWithRole(t, MemberRole.MEMBER);
    const follower = await memberWithRole(t, MemberRole.MEMBER);
    const eager = await memberWithRole(t, MemberRole.MEMBER);
    const stranger = await memberWithRole(t, MemberRole.MEMBER);
    await setLocale(t, eager.id, 'fr');
    await setPreference(t, eager.token, 'PLACE_NEWS', 'EMAIL');
    const created = await t.gql<{ createPlace: { id: string; slug: string } }>(
      CREATE,
      {
        input: {
          name: 'Le Jardin Partagé',
          summary: 'A shared garden run by the neighbours, with a tool library and a kitchen.',
          kinds: ['URBAN_FARM'],
          city: 'Nantes',
          country: 'FR',
          challenges: ['COMMUNITY_EMPOWERMENT'],
        },
      },
      founder.token,
    );
    const place = created.data!.createPlace;
    await t.gql(FOLLOW, { id: place.id }, follower.token);
    await t.gql(FOLLOW, { id: place.id }, eager.token);
    const res = await t.gql<{ addLesson: { id: string } }>(
      ADD_LESSON,
      {
        placeId: place.id,
        input: {
          challenge: 'COMMUNITY_EMPOWERMENT',
          title: 'Letting neighbours hold the keys',
          whatWeTried: 'We gave a key to every neighbour who ran a workshop twice.',
          outcome: 'The garden opened four more evenings a week and nothing went missing.',
        },
      },
      founder.token,
    );
    expect(res.errors).toBeUndefined();
    const lessonId = res.data!.addLesson.id;

    const [news] = await notificationsOf(t, follower.id, 'PLACE_NEWS');
    expect(news.payload).toEqual({
      placeId: place.id,
      placeSlug: place.slug,
      placeName: 'Le Jardin Partagé',
      lessonId,
      lessonTitle: 'Letting neighbours hold the keys',
      excerpt: 'The garden opened four more evenings a week and nothing went missing.',
    });
    expect(news.digest).toBe('WEEKLY');
    expect(await notificationsOf(t, eager.id, 'PLACE_NEWS')).toHaveLength(1);
    expect(await notificationsOf(t, founder.id)).toEqual([]);
    expect(await notificationsOf(t, stranger.id)).toEqual([]);
    await eventually(() => {
      const [mail] = mailsTo(t, eager.email);
      expect(mail.subject).toBe(
        'Le Jardin Partagé partage un enseignement : « Letting neighbours hold the keys »',
      );
      expect(mail.text).toContain('> The garden opened four more evenings');
      expect(mail.text).toContain(`/places/${place.slug}#lessons`);
    });
    expect(mailsTo(t, follower.email)).toEqual([]);
  });
});
