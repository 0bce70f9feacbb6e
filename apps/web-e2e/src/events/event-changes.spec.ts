import { expect, test } from '@playwright/test';
import { makePng } from '../places/png';
import { expectAccessible } from '../support/a11y';
import { createMember, graphql, uniqueWord } from '../support/members';
import { type Lang } from '../support/texts';
import { makeAmbassador, otherBrowser, signInAs, tokenOf } from './events.support';
import { eventTexts } from './events.texts';

const nextYear = new Date().getUTCFullYear() + 1;

for (const lang of ['en', 'fr'] as const satisfies Lang[]) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';

  test.describe(`event changes in ${lang}`, () => {
    test.use({ locale });

    test('an ambassador moves one date of a series and gives it a cover, then writes to its attendee, who is told of both and finds it in their events', async ({
      page,
      browser,
      request,
    }, info) => {
      test.slow();
      const t = eventTexts[lang];
      const word = uniqueWord('series');
      const title = lang === 'fr' ? `Rencontre ${word}` : `Meetup ${word}`;
      const [ambassador, attendee] = await Promise.all([
        makeAmbassador(request, lang),
        createMember(request, lang, 'Cleo'),
      ]);
      // The starting point through the API: a series every two months (19:00 in Paris, March
      // to July), the attendee going to the second date.
      const created = await graphql<{ createEvent: { seriesId: string } }>(
        request,
        `
          mutation ($input: CreateEventInput!) {
            createEvent(input: $input) {
              seriesId
            }
          }
        `,
        {
          input: {
            title,
            startsAt: `${nextYear}-03-10T18:00:00.000Z`,
            endsAt: `${nextYear}-03-10T20:00:00.000Z`,
            timeZone: 'Europe/Paris',
            address: '74 avenue Denfert-Rochereau',
            city: word,
            language: lang,
            recurrence: { frequency: 'MONTHLY', interval: 2, count: 3 },
          },
        },
        await tokenOf(request, ambassador),
      );
      const dates = await graphql<{ events: { edges: Array<{ node: { id: string } }> } }>(
        request,
        `
          query ($city: String) {
            events(filter: { city: $city }) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        { city: word },
      );
      expect(dates.events.edges).toHaveLength(3);
      expect(created.createEvent.seriesId).toBeTruthy();
      const second = dates.events.edges[1].node.id;
      await graphql(
        request,
        `
          mutation ($id: ID!) {
            rsvp(eventId: $id, status: GOING) {
              status
            }
          }
        `,
        { id: second },
        await tokenOf(request, attendee),
      );

      // The organizer changes the second date only: an hour later, with a cover.
      await signInAs(page, lang, ambassador);
      await page.goto(`/events/${second}`);
      await page.getByRole('link', { name: t.changeDate }).click();
      await expect(page.getByText(t.seriesOnly)).toBeVisible();
      await expect(page.getByLabel(t.startTime)).toHaveValue('19:00');
      await page.locator('input[type=file]').setInputFiles({
        name: 'cover.png',
        mimeType: 'image/png',
        buffer: makePng(320, 160, [30, 110, 90]),
      });
      await expect(page.getByText(t.imageReceived).first()).toBeAttached();
      await page.getByLabel(t.startTime).fill('20:00');
      await page.getByLabel(t.endTime).fill('22:00');
      await expectAccessible(page, info, 'edit-event');
      await page.getByRole('button', { name: t.save }).click();

      await expect(page).toHaveURL(new RegExp(`/events/${second}$`));
      await expect(page.getByRole('status').filter({ hasText: t.saved }).first()).toBeVisible();
      await expect(page.getByText(t.movedFrom)).toBeVisible();
      await expect(page.getByText(/20:00|8:00/).first()).toBeVisible();
      await expect(page.locator('img[src*="/uploads/images/"]')).toBeVisible();

      // Then writes to those coming.
      await page.getByRole('textbox', { name: t.messageLabel }).fill('Door code 4821.');
      await page.getByRole('button', { name: t.sendMessage }).click();
      await expect(page.getByRole('status').filter({ hasText: t.sentToOne })).toBeVisible();
      await expectAccessible(page, info, 'event-organizer-tools');

      // The attendee hears of the new date and of the message, and finds the event in theirs.
      const other = await otherBrowser(browser, info, locale);
      const attendeePage = await other.newPage();
      await signInAs(attendeePage, lang, attendee);
      await attendeePage.goto('/notifications');
      await expect(attendeePage.getByText(t.newDate(title)).first()).toBeVisible();
      await expect(
        attendeePage.getByText(t.wroteTo(ambassador.displayName, title)).first(),
      ).toBeVisible();
      await attendeePage.goto('/events');
      await attendeePage.getByText(t.myEvents, { exact: true }).click();
      await expect(attendeePage).toHaveURL(/view=mine/);
      const mine = attendeePage.getByRole('region', { name: t.myUpcoming });
      await expect(mine.getByRole('article').filter({ hasText: title })).toHaveCount(1);
      await expectAccessible(attendeePage, info, 'my-events');
      await other.close();
    });
  });
}
