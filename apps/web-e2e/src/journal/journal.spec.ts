import {
  type APIRequestContext,
  type Browser,
  expect,
  type Page,
  test,
  type TestInfo,
} from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import {
  createAmbassador,
  createMember,
  type FreshMember,
  graphql,
  uniqueWord,
} from '../support/members';
import { type Lang } from '../support/texts';
import { journalTexts } from './journal.texts';

async function signInAs(page: Page, lang: Lang, who: FreshMember) {
  await signIn(page, lang, who.email, who.password);
  await expect(page).toHaveURL(/\/app$/);
}

/** A place of the ambassador's own, so that this journey alone makes it "visited". */
async function createPlace(request: APIRequestContext, who: FreshMember, name: string) {
  const login = await graphql<{ login: { token: string } }>(
    request,
    `
      mutation ($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          token
        }
      }
    `,
    { email: who.email, password: who.password },
  );
  const created = await graphql<{ createPlace: { slug: string } }>(
    request,
    `
      mutation ($input: CreatePlaceInput!) {
        createPlace(input: $input) {
          slug
        }
      }
    `,
    {
      input: {
        name,
        summary: 'A former printing plant turned into low-rent workshops.',
        kinds: ['THIRD_PLACE'],
        city: 'Detroit',
        country: 'US',
        latitude: 42.3318,
        longitude: -83.0745,
      },
    },
    login.login.token,
  );
  return created.createPlace.slug;
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

  test.describe(`research journal in ${lang}`, () => {
    test.use({ locale });

    test('an ambassador writes, previews and publishes a story; a member comments on it and follows the journal; the place shows the visit', async ({
      page,
      browser,
      request,
      playwright,
    }, info) => {
      // Two browsers, two accounts and a dozen pages checked by axe.
      test.slow();
      const t = journalTexts[lang];
      const word = uniqueWord('tour');
      const placeName = `Workshop ${word}`;
      const title = lang === 'fr' ? `Un atelier à bas loyer ${word}` : `Low-rent workshops ${word}`;
      const summary =
        lang === 'fr'
          ? 'Une imprimerie saisie, louée à bas prix aux artisans du quartier.'
          : 'A foreclosed printing plant, rented cheaply to the makers nearby.';
      const [ambassador, reader] = await Promise.all([
        createAmbassador(request, lang, 'Marco'),
        createMember(request, lang, 'Aisha'),
      ]);
      const placeSlug = await createPlace(request, ambassador, placeName);

      // The ambassador finds the journal in the navigation (on wide screens) and the editor.
      await signInAs(page, lang, ambassador);
      if (info.project.name === 'desktop')
        await page
          .getByRole('navigation')
          .getByRole('link', { name: t.navJournal, exact: true })
          .click();
      else await page.goto('/journal');
      await expect(page.getByRole('heading', { level: 1, name: t.journalTitle })).toBeVisible();
      await expect(page.getByRole('link', { name: t.feed })).toHaveAttribute(
        'href',
        '/journal/feed.atom',
      );
      await expect(
        page.locator('head link[rel="alternate"][type="application/atom+xml"]'),
      ).toHaveCount(1);
      await expectAccessible(page, info, 'journal');
      await page.getByRole('link', { name: t.write }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.editorTitle })).toBeVisible();

      // A draft about the new place, with a challenge and a video, checked in the preview.
      await page.getByRole('textbox', { name: t.title }).fill(title);
      await page.getByRole('textbox', { name: t.summary }).fill(summary);
      await page
        .getByRole('textbox', { name: t.body })
        .fill(`The rent covers **${word}** and the utilities.\n\n## Who works there\n\nMakers.`);
      await page.getByRole('searchbox', { name: t.findPlace }).fill(word);
      await page.getByRole('button', { name: t.addPlace(placeName) }).click();
      await page.getByRole('checkbox', { name: t.challenge }).check();
      await page
        .getByRole('textbox', { name: t.videos })
        .fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      await expectAccessible(page, info, 'story-editor');
      await page.getByRole('tab', { name: t.previewTab }).click();
      await expect(page.getByText(t.previewIntro)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expect(page.getByText(word, { exact: true })).toBeVisible();
      // Click-to-load: nothing from the video host until asked.
      await expect(page.getByRole('button', { name: t.loadVideo })).toBeVisible();
      await expect(page.locator('iframe')).toHaveCount(0);
      await expectAccessible(page, info, 'story-preview');

      // Saved as a draft: its page says so; nobody else can read it yet.
      await page.getByRole('button', { name: t.saveDraft }).click();
      await expect(page.getByText(t.draftBanner)).toBeVisible();
      await expect(page).toHaveURL(/\/journal\/(?!new$)[a-z0-9-]+$/);
      const path = new URL(page.url()).pathname;
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expectAccessible(page, info, 'story-draft');
      // A visitor's request: no cookie (`request` signed the ambassador in to create the place).
      const visitor = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
      const hidden = await graphql<{ story: null }>(
        visitor,
        `
          query ($slug: String!) {
            story(slug: $slug) {
              id
            }
          }
        `,
        { slug: path.split('/').pop() },
      );
      expect(hidden.story).toBeNull();
      await visitor.dispose();

      // Published from the banner: public, with its discussion.
      await page.getByRole('button', { name: t.publish, exact: true }).click();
      await expect(page.getByText(t.draftBanner)).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 2, name: t.discussion })).toBeVisible();
      const feed = await page.request.get('/journal/feed.atom');
      expect(feed.headers()['content-type']).toMatch(/^application\/atom\+xml/);
      expect(await feed.text()).toContain(title);

      // A member, in another browser, opens it from the journal, comments and follows.
      const readerContext = await otherBrowser(browser, info, locale);
      const readerPage = await readerContext.newPage();
      await signInAs(readerPage, lang, reader);
      await readerPage.goto('/journal');
      const card = readerPage.getByRole('article').filter({ hasText: title });
      await expect(card).toBeVisible();
      await expect(card.getByRole('link', { name: placeName })).toBeVisible();
      await card.getByRole('link', { name: title }).click();
      await expect(readerPage).toHaveURL(new RegExp(`${path}$`));
      await expect(readerPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(readerPage.getByText(word, { exact: true })).toBeVisible();
      const comment = `Which utilities does the rent cover at ${word}?`;
      await readerPage.getByRole('textbox', { name: t.reply }).fill(comment);
      await readerPage.getByRole('button', { name: t.send }).click();
      await expect(readerPage.getByRole('article').filter({ hasText: comment })).toBeVisible();
      await readerPage.getByRole('button', { name: t.follow }).click();
      await expect(readerPage.getByRole('button', { name: t.unfollow })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(readerPage.getByText(t.followed, { exact: true }).first()).toBeAttached();
      await expectAccessible(readerPage, info, 'story-reader');

      // The place's page shows the tour's visit and the story.
      await readerPage.goto(`/places/${placeSlug}`);
      await expect(readerPage.getByRole('heading', { level: 1, name: placeName })).toBeVisible();
      await expect(readerPage.getByText(t.visited, { exact: true }).first()).toBeVisible();
      const stories = readerPage.getByRole('region', { name: t.placeStories });
      await expect(stories.getByRole('link', { name: title })).toHaveAttribute('href', path);
      await expectAccessible(readerPage, info, 'place-visited');

      // The map's legend tells the tour's places apart.
      await readerPage.goto('/places');
      await expect(readerPage.getByRole('list', { name: /Legend|Légende/ })).toContainText(
        t.mapLegendVisited,
      );
      await readerContext.close();
    });
  });
}
