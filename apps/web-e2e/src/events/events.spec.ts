import { type Browser, expect, type Page, test, type TestInfo } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { createAmbassador, createMember, type FreshMember, uniqueWord } from '../support/members';
import { type Lang } from '../support/texts';
import { eventTexts } from './events.texts';

/** A day some weeks ahead, as a date input takes it ("2026-08-14"). */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function signInAs(page: Page, lang: Lang, who: FreshMember) {
  await signIn(page, lang, who.email, who.password);
  await expect(page).toHaveURL(/\/app$/);
}

/** The answer as the page shows it (the same words also sit in the polite live region). */
function shown(page: Page, text: string) {
  return page.getByText(text, { exact: true }).and(page.locator('p'));
}

/** A second browser (its own cookies) with the same size and language as the project's. */
async function otherBrowser(browser: Browser, info: TestInfo, locale: string) {
  const { baseURL, viewport, isMobile, hasTouch } = info.project.use;
  return browser.newContext({ locale, baseURL, viewport, isMobile, hasTouch });
}

// Every journey in English and in French, chosen by the browser's language; each project
// (desktop, phone) runs them all.
for (const lang of ['en', 'fr'] as const satisfies Lang[]) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';

  test.describe(`events in ${lang}`, () => {
    test.use({ locale });

    test('an ambassador publishes an event with one seat; the second member waits and is promoted when the first cancels', async ({
      page,
      browser,
      request,
    }, info) => {
      // Three browsers and four accounts: more than the usual journey.
      test.slow();
      const t = eventTexts[lang];
      const word = uniqueWord('meetup');
      const title = lang === 'fr' ? `Rencontre Wide Open ${word}` : `Wide Open meetup ${word}`;
      const [ambassador, first, second] = await Promise.all([
        createAmbassador(request, lang, 'Ines'),
        createMember(request, lang, 'Ada'),
        createMember(request, lang, 'Bo'),
      ]);

      // The ambassador opens the agenda and the form.
      await signInAs(page, lang, ambassador);
      await page.goto('/events');
      await expect(page.getByRole('heading', { level: 1, name: t.eventsTitle })).toBeVisible();
      await expect(page.getByRole('link', { name: t.subscribe })).toHaveAttribute(
        'href',
        /\/calendar\/agenda\.ics$/,
      );
      await expectAccessible(page, info, 'events');
      await page.getByRole('link', { name: t.createEvent }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.formTitle })).toBeVisible();

      // Sent empty: every problem is listed, before anything reaches the API.
      await page.getByRole('button', { name: t.publish }).click();
      const summary = page.getByRole('alert').filter({ hasText: t.formFailed });
      await expect(summary).toBeVisible();
      await expect(summary.getByText(t.whereMissing)).toBeVisible();
      await expectAccessible(page, info, 'new-event-errors');

      // 18:00 to 20:00 in Paris, some weeks ahead, one seat.
      const day = dayAhead(40);
      await page.getByRole('textbox', { name: t.title }).fill(title);
      await page.getByLabel(t.startDate).fill(day);
      await page.getByLabel(t.startTime).fill('18:00');
      await page.getByLabel(t.endTime).fill('20:00');
      await page.getByRole('combobox', { name: t.timeZone }).selectOption('Europe/Paris');
      await page
        .getByRole('textbox', { name: t.address, exact: true })
        .fill('74 avenue Denfert-Rochereau');
      await page.getByRole('textbox', { name: t.city, exact: true }).fill(word);
      await page.getByRole('textbox', { name: t.seats }).fill('1');
      await page.getByRole('button', { name: t.publish }).click();

      await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
      const path = new URL(page.url()).pathname;
      const id = path.split('/').pop() ?? '';
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByText('(Europe/Paris)')).toBeVisible();
      await expect(page.getByText(/18:00|6:00/).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: t.attendees })).toBeVisible();
      await expectAccessible(page, info, 'event-organizer');

      // Its .ics answers as a calendar, and so does the agenda feed.
      const ics = page.getByRole('link', { name: t.addToCalendar });
      await expect(ics).toHaveAttribute('href', `/calendar/events/${id}.ics`);
      const file = await page.request.get(`/calendar/events/${id}.ics`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toMatch(/^text\/calendar/);
      const body = await file.text();
      expect(body).toContain('BEGIN:VCALENDAR');
      expect(body).toContain(word);
      const feed = await page.request.get('/calendar/agenda.ics');
      expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
      expect(await feed.text()).toContain(word);

      // The first member takes the only seat.
      const firstContext = await otherBrowser(browser, info, locale);
      const firstPage = await firstContext.newPage();
      await signInAs(firstPage, lang, first);
      await firstPage.goto(path);
      await expect(firstPage.getByText(t.oneSeatLeft)).toBeVisible();
      await firstPage.getByRole('button', { name: t.going, exact: true }).click();
      await expect(shown(firstPage, t.youAreGoing)).toBeVisible();
      await expect(firstPage.getByRole('button', { name: t.going, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      // The second member, in another browser, answers Going too: the waiting list.
      const secondContext = await otherBrowser(browser, info, locale);
      const secondPage = await secondContext.newPage();
      await signInAs(secondPage, lang, second);
      await secondPage.goto(path);
      await expect(secondPage.getByText(t.full)).toBeVisible();
      await secondPage.getByRole('button', { name: t.going, exact: true }).click();
      await expect(shown(secondPage, t.waitlisted)).toBeVisible();
      await expect(secondPage.getByRole('status').filter({ hasText: t.waitlisted })).toHaveCount(1);
      await expectAccessible(secondPage, info, 'event-waitlisted');

      // The organizer sees who sits and who waits.
      await page.reload();
      await expect(page.getByRole('list', { name: t.seatedList })).toContainText(first.displayName);
      await expect(page.getByRole('list', { name: t.waitingList })).toContainText(
        second.displayName,
      );

      // The first member cannot come after all: the seat goes to the second.
      await firstPage.getByRole('button', { name: t.notGoing, exact: true }).click();
      await expect(shown(firstPage, t.youAreNotGoing)).toBeVisible();
      await secondPage.reload();
      await expect(shown(secondPage, t.youAreGoing)).toBeVisible();
      await expect(secondPage.getByRole('button', { name: t.going, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(secondPage.getByText(t.waitlisted, { exact: true })).toHaveCount(0);

      // The agenda, filtered by the event's city through the URL, lists it; so does its month.
      await page.goto(`/events?city=${word}`);
      const card = page.getByRole('article').filter({ hasText: title });
      await expect(card).toBeVisible();
      await expect(card.getByText(t.full)).toBeVisible();
      await page.getByText(t.monthView, { exact: true }).click();
      await expect(page).toHaveURL(/view=calendar/);
      await page.goto(`/events?city=${word}&view=calendar&month=${day.slice(0, 7)}`);
      await expect(page.getByRole('link', { name: new RegExp(word) }).first()).toBeVisible();
      await expectAccessible(page, info, 'events-month');

      await firstContext.close();
      await secondContext.close();
    });
  });
}
