import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible } from '../support/a11y';
import { type Lang } from '../support/texts';
import { reply, signInAs, startThread } from './discussion-steps';
import { demo, discussionTexts, uniqueWord } from './discussion-texts';

// Every journey in English and in French, chosen by the browser's language; each project
// (desktop, phone) runs them all.
for (const lang of ['en', 'fr'] as const satisfies Lang[]) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';

  test.describe(`discussions in ${lang}`, () => {
    test.use({ locale });

    test('a reply mentioning a member reaches them live, with a notification badge', async ({
      page,
      browser,
    }, info) => {
      const t = discussionTexts[lang];
      const word = uniqueWord();
      const title = lang === 'fr' ? `Partager nos outils ${word}` : `Sharing our tools ${word}`;
      await signInAs(page, lang, demo.marco);
      const path = await startThread(page, info, lang, {
        title,
        body:
          lang === 'fr'
            ? `Quels outils utilisez-vous ? ${word}`
            : `Which tools do you use? ${word}`,
        consent: false,
      });
      await expectAccessible(page, info, 'thread-author');

      // The mentioned member, in a second browser, reads the thread.
      const { baseURL, viewport, isMobile, hasTouch } = info.project.use;
      const other = await browser.newContext({ locale, baseURL, viewport, isMobile, hasTouch });
      const camille = await other.newPage();
      await signInAs(camille, lang, demo.camille);
      await camille.goto(path);
      await expect(camille.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expectAccessible(camille, info, 'thread-reader');

      // Autocomplete: "@cam" suggests Camille; Enter inserts her handle.
      const composer = page.getByRole('textbox', { name: t.reply });
      await composer.click();
      await composer.pressSequentially(
        lang === 'fr' ? 'Qu’en penses-tu @cam' : 'What do you think @cam',
      );
      const option = page.getByRole('option', { name: t.mentionOption });
      await expect(option).toBeVisible();
      await expectAccessible(page, info, 'mention-suggestions');
      await composer.press('Enter');
      await expect(composer).toHaveValue(/@camille-moderator $/);
      await composer.pressSequentially(`? ${word}`);
      const replyText =
        lang === 'fr'
          ? `Qu’en penses-tu @camille-moderator ? ${word}`
          : `What do you think @camille-moderator ? ${word}`;
      await expect(composer).toHaveValue(replyText);
      await page.getByRole('button', { name: t.send }).click();
      await expect(page.getByRole('article').filter({ hasText: replyText })).toBeVisible();

      // Without reloading, Camille sees the reply, and the bell counts it.
      await expect(camille.getByRole('article').filter({ hasText: replyText })).toBeVisible();
      await expect(camille.getByRole('status').filter({ hasText: t.arrived(title) })).toHaveCount(
        1,
      );
      // The bell in the header; on phones, the menu's Notifications entry with the same count.
      let bell = camille.getByRole('link', { name: t.bell });
      if (isMobile) {
        await camille.getByRole('button', { name: t.openMenu }).click();
        bell = camille.getByRole('link', { name: t.menuBell });
      }
      await expect(bell).toBeVisible();
      await expectAccessible(camille, info, 'thread-live-reply');

      await bell.click();
      await expect(
        camille.getByRole('heading', { level: 1, name: t.notificationsTitle }),
      ).toBeVisible();
      const notification = camille.getByRole('link', { name: t.mentioned(title) }).first();
      await expect(notification).toBeVisible();
      await expectAccessible(camille, info, 'notifications');
      await notification.click();
      await expect(camille).toHaveURL(new RegExp(`${path}#post-`));
      await expect(camille.getByRole('article').filter({ hasText: replyText })).toBeVisible();
      await other.close();
    });

    test('search finds a thread and its message with the accents left out', async ({
      page,
    }, info) => {
      const t = discussionTexts[lang];
      const word = uniqueWord();
      const title = `Mesurer l’impact social ${word}`;
      await signInAs(page, lang, demo.marco);
      await startThread(page, info, lang, {
        title,
        body: `Nous voulons mesurer l’impact social du café associatif ${word}.`,
        consent: false,
      });

      await page.goto('/discussions');
      await page.getByRole('searchbox', { name: t.searchBox }).fill(`mesurer l'impact ${word}`);
      await page.getByRole('button', { name: t.searchButton, exact: true }).click();
      await expect(page).toHaveURL(/\/search\?q=/);
      const threads = page.getByRole('region', { name: t.threadsHeading });
      await expect(threads.getByRole('link', { name: title })).toBeVisible();
      const posts = page.getByRole('region', { name: t.postsHeading });
      await expect(posts.locator('mark').first()).toBeVisible();
      await expect(posts.getByRole('listitem').filter({ hasText: word })).toHaveCount(1);
      await expectAccessible(page, info, 'search');

      // Accents typed where the text has none, and capitals: still found.
      await page.goto(`/search?q=${encodeURIComponent(`MÉSURER ${word}`)}`);
      await expect(
        page.getByRole('region', { name: t.threadsHeading }).getByRole('link', { name: title }),
      ).toBeVisible();
    });

    test('a researcher exports the consenting messages of a thread, and only those', async ({
      page,
    }, info) => {
      const t = discussionTexts[lang];
      const word = uniqueWord();
      const consenting = `Consenting field notes ${word}`;
      const private_ = `Private aside ${word}`;
      await signInAs(page, lang, demo.aisha);
      await startThread(page, info, lang, {
        title: `Research bridge ${word}`,
        body: consenting,
        consent: true,
      });
      await reply(page, lang, private_);
      await expectAccessible(page, info, 'thread-researcher');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: t.exportCsv }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      expect(csv).toContain(consenting);
      expect(csv).not.toContain(private_);
      expect(csv).toContain('Aisha Bello');
      expect(csv).toMatch(/\/threads\/[0-9a-f-]{36}#post-/);
    });
  });
}
