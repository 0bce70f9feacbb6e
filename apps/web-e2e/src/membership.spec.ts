import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import {
  applyWithKeyboard,
  applyWithPointer,
  openApplication,
  signIn,
  signOut,
} from './support/journeys';
import { type Lang, newApplicant, texts } from './support/texts';

// Each journey runs in French and in English: French is chosen once with the language switch
// (then remembered), once from the browser's locale; English comes from the browser's locale.
const variants: { lang: Lang; how: 'switch' | 'locale' }[] = [
  { lang: 'en', how: 'locale' },
  { lang: 'fr', how: 'switch' },
];

for (const { lang, how } of variants) {
  test.describe(`in ${lang} (${how})`, () => {
    test('an approved applicant reaches the member home and reads the welcome', async ({
      page,
    }, info) => {
      const t = texts[lang];
      const who = newApplicant(lang, `approve-${lang}`);
      const welcome =
        lang === 'fr'
          ? `Bienvenue ${who.displayName}, ravie de vous compter parmi nous !`
          : `Welcome ${who.displayName}, glad to have you with us!`;

      await page.goto('/');
      if (how === 'switch') {
        await page.getByRole('button', { name: t.switchTo }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
      await expect(page.getByRole('heading', { level: 1, name: t.landingTitle })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.placesHeading })).toBeVisible();
      await expectAccessible(page, info, 'landing');

      await applyWithPointer(page, info, lang, who);
      await signOut(page, lang);
      await expectAccessible(page, info, 'sign-in');

      const card = await openApplication(page, info, lang, who);
      await card.getByRole('button', { name: t.approve(who.displayName) }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectAccessible(page, info, 'approve-dialog');
      await dialog.getByRole('textbox', { name: t.welcomeField }).fill(welcome);
      await dialog.getByRole('button', { name: t.confirmApprove }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByRole('status').filter({ hasText: t.approved(who.displayName) }),
      ).toHaveCount(1);
      await expect(page.getByRole('article').filter({ hasText: who.email })).toHaveCount(0);

      await signOut(page, lang);
      await signIn(page, lang, who.email, who.password);
      await expect(page).toHaveURL(/\/app$/);
      await expect(
        page.getByRole('heading', { level: 1, name: t.hello(who.displayName) }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: t.welcomeHeading })).toBeVisible();
      await expect(page.getByText(welcome)).toBeVisible();
      await expect(page.getByRole('heading', { name: t.placesHeading })).toBeVisible();
      await expectAccessible(page, info, 'member-home');
    });
  });
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`in ${lang} (locale)`, () => {
    test.use({ locale: lang === 'fr' ? 'fr-FR' : 'en-US' });

    test('a rejected applicant reads the moderator’s reason when signing in', async ({
      page,
    }, info) => {
      const t = texts[lang];
      const who = newApplicant(lang, `reject-${lang}`);
      const reason =
        lang === 'fr'
          ? `Votre projet (${who.displayName}) n'est pas encore un tiers-lieu ; revenez quand il aura ouvert.`
          : `Your project (${who.displayName}) is not a third place yet; apply again once it opens.`;

      await applyWithKeyboard(page, info, lang, who);
      await signOut(page, lang);

      const card = await openApplication(page, info, lang, who);
      await card.getByRole('button', { name: t.reject(who.displayName) }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('textbox', { name: t.reasonField }).fill(reason);
      await expectAccessible(page, info, 'reject-dialog');
      await dialog.getByRole('button', { name: t.confirmReject }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByRole('status').filter({ hasText: t.rejected(who.displayName) }),
      ).toHaveCount(1);
      await expect(page.getByRole('article').filter({ hasText: who.email })).toHaveCount(0);

      await signOut(page, lang);
      await signIn(page, lang, who.email, who.password);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(t.rejectedTitle);
      await expect(alert).toContainText(t.rejectedReason(reason));
      await expect(page).toHaveURL(/\/sign-in/);
      await expectAccessible(page, info, 'sign-in-rejected');
    });
  });
}
