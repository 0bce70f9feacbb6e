import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { resolve } from 'node:path';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { createMember, uniqueWord } from '../support/members';
import { type Lang, moderator } from '../support/texts';
import { moderationTexts } from './moderation-texts';
import { reportMember, threadWithReply, tokenOf } from './moderation.support';

const screenshots = resolve(__dirname, '../../screenshots');

/** Opens a moderation section: into the moderation pages first, then their own links. */
async function openSection(page: Page, info: TestInfo, lang: Lang, section: string) {
  const t = moderationTexts[lang];
  if (!/\/moderation/.test(page.url())) {
    // Desktop: the header's entry. Phones: My space's link to the applications (the header's
    // entry sits behind the menu button, which other journeys cover).
    const link = info.project.use.isMobile
      ? page.getByRole('link', { name: t.reviewApplications })
      : page
          .getByRole('navigation', { name: t.mainNavigation })
          .getByRole('link', { name: new RegExp(`^${t.moderationNav}`) });
    await link.click();
    await expect(page.getByRole('navigation', { name: t.sections })).toBeVisible();
  }
  await page
    .getByRole('navigation', { name: t.sections })
    .getByRole('link', { name: section })
    .click();
}

// The journey in English and in French, chosen by the browser's language; each project
// (desktop, phone) runs both.
for (const lang of ['en', 'fr'] as const satisfies Lang[]) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';

  test.describe(`moderation in ${lang}`, () => {
    test.use({ locale });

    test('a reported post is hidden and its author suspended: signed out at once, and logged', async ({
      page,
      browser,
      request,
    }, info) => {
      // Three browsers (reporter, moderator, author) and a dozen pages checked with axe.
      test.setTimeout(180_000);
      const t = moderationTexts[lang];
      const word = uniqueWord('mod');
      const author = await createMember(request, lang, 'Bo');
      const reporter = await createMember(request, lang, 'Ana');
      const replyBody = `Cheap watches at example.com, ${word}`;
      const { threadId } = await threadWithReply(
        request,
        await tokenOf(request, author),
        `Watches and third places ${word}`,
        replyBody,
      );
      const threadPath = `/discussions/${threadId}`;
      const { baseURL, viewport, isMobile, hasTouch } = info.project.use;
      const newContext = () =>
        browser.newContext({ locale, baseURL, viewport, isMobile, hasTouch });

      // The author reads their thread in a browser of their own, and keeps it open.
      const authorContext = await newContext();
      const authorPage = await authorContext.newPage();
      await signIn(authorPage, lang, author.email, author.password);
      await expect(authorPage).toHaveURL(/\/app$/);
      await authorPage.goto(threadPath);
      // The first page of a fresh browser can be slow on a busy machine.
      await expect(authorPage.getByRole('article').filter({ hasText: replyBody })).toBeVisible({
        timeout: 30_000,
      });
      // Nobody reports their own words.
      await expect(
        authorPage.getByRole('button', { name: t.reportPost(author.displayName) }),
      ).toHaveCount(0);

      // A member reports the reply.
      await signIn(page, lang, reporter.email, reporter.password);
      await expect(page).toHaveURL(/\/app$/);
      await page.goto(threadPath);
      const post = page.getByRole('article').filter({ hasText: replyBody });
      await post.getByRole('button', { name: t.reportPost(author.displayName) }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toHaveAccessibleName(t.reportDialog);
      await dialog.getByRole('button', { name: t.sendReport }).click();
      await expect(dialog.getByRole('textbox', { name: t.reason })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await dialog.getByRole('textbox', { name: t.reason }).fill(`Advertising watches ${word}`);
      await expectAccessible(page, info, 'report-dialog');
      await dialog.getByRole('button', { name: t.sendReport }).click();
      await expect(dialog.getByText(t.reportSent)).toBeVisible();
      await dialog.getByRole('button', { name: t.close }).first().click();
      // The same reporter also reports the author's profile (through the API, to keep it short).
      await reportMember(request, await tokenOf(request, reporter), author.id, `Spams ${word}`);

      // A moderator, in a second browser, finds both reports in the queue.
      const modContext = await newContext();
      const mod = await modContext.newPage();
      await signIn(mod, lang, moderator.email, moderator.password);
      await expect(mod).toHaveURL(/\/app$/);
      await openSection(mod, info, lang, t.reportsSection);
      await expect(mod.getByRole('heading', { level: 1, name: t.reportsTitle })).toBeVisible();
      const postReport = mod
        .getByRole('article', { name: t.postCard(author.displayName) })
        .filter({ hasText: replyBody });
      await expect(postReport).toBeVisible();
      await expect(postReport.getByText(t.earlier)).toBeVisible();
      await expectAccessible(mod, info, 'reports-queue');

      // Hide the post, with a note for its author.
      await postReport.getByRole('button', { name: t.hide }).click();
      const hide = mod.getByRole('dialog');
      await hide.getByRole('textbox', { name: t.note }).fill(`No adverts here ${word}`);
      await expectAccessible(mod, info, 'hide-dialog');
      await hide.getByRole('button', { name: t.hide }).click();
      await expect(
        mod.getByRole('status').filter({ hasText: t.hidden(author.displayName) }),
      ).toHaveCount(1);
      await expect(postReport).toHaveCount(0);

      // Suspend the author for good, from the report about them.
      const memberReport = mod.getByRole('article', { name: t.memberCard(author.displayName) });
      await memberReport.getByRole('button', { name: t.suspend }).click();
      const suspend = mod.getByRole('dialog');
      await suspend.getByRole('radio', { name: t.permanent }).check();
      await suspend.getByRole('textbox', { name: t.note }).fill(`Repeated adverts ${word}`);
      await expectAccessible(mod, info, 'suspend-dialog');
      await suspend.getByRole('button', { name: t.suspend }).click();
      await expect(
        mod.getByRole('status').filter({ hasText: t.suspended(author.displayName) }),
      ).toHaveCount(1);

      // The author's open browser is signed out at once, and told why.
      await expect(authorPage).toHaveURL(/\/sign-in\?ended=suspended$/);
      await expect(
        authorPage.getByRole('heading', { level: 1, name: t.signInTitle }),
      ).toBeVisible();
      await expect(authorPage.getByRole('alert').filter({ hasText: t.sessionEnded })).toBeVisible();
      await expectAccessible(authorPage, info, 'author-signed-out');

      // The log shows both decisions, newest first, with who and why.
      await openSection(mod, info, lang, t.logSection);
      await expect(mod.getByRole('heading', { level: 1, name: t.logTitle })).toBeVisible();
      // Suspending from a report records the suspension and the report's resolution.
      const suspendEntries = mod
        .getByRole('listitem')
        .filter({ hasText: `Repeated adverts ${word}` });
      await expect(suspendEntries).toHaveCount(2);
      await expect(suspendEntries.filter({ hasText: t.suspendAction })).toContainText('Camille');
      await expect(
        mod.getByRole('listitem').filter({ hasText: `No adverts here ${word}` }),
      ).toContainText(t.hidAction);
      await expectAccessible(mod, info, 'moderation-log');

      // The dashboard draws its charts (recharts' SVG), with the figures as tables.
      await openSection(mod, info, lang, t.overviewSection);
      await expect(mod.getByRole('heading', { level: 1, name: t.dashboardTitle })).toBeVisible();
      const members = mod.getByRole('region', { name: t.membersChart });
      await expect(members.locator('svg.recharts-surface')).toBeVisible();
      await expect(members.locator('.recharts-bar-rectangle').first()).toBeAttached();
      await expect(members.getByRole('table', { name: t.membersChart })).toBeAttached();
      await expect(
        mod.getByRole('region', { name: t.postsChart }).locator('svg.recharts-surface'),
      ).toBeVisible();
      await expectAccessible(mod, info, 'moderation-dashboard');
      if (lang === 'en') {
        await mod.screenshot({
          path: resolve(screenshots, `${info.project.name}-moderation-dashboard.png`),
          fullPage: !isMobile,
        });
      }
      await Promise.all([authorContext.close(), modContext.close()]);
    });
  });
}
