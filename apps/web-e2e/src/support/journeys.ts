import { expect, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible } from './a11y';
import { type Applicant, type Lang, moderator, texts } from './texts';

/** Applies with the mouse and the visible labels, checking the form and the status page. */
export async function applyWithPointer(page: Page, info: TestInfo, lang: Lang, who: Applicant) {
  const t = texts[lang];
  await page.getByRole('link', { name: t.applyLink }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: t.signUpTitle })).toBeVisible();
  await expectAccessible(page, info, 'sign-up');
  await page.getByRole('textbox', { name: t.displayName }).fill(who.displayName);
  await page.getByRole('textbox', { name: t.email, exact: true }).fill(who.email);
  // A password field has no role; its label is checked by axe, its id is stable.
  await page.locator('#password').fill(who.password);
  await page.getByRole('radio', { name: t.role }).check();
  await page.getByRole('textbox', { name: t.motivation }).fill(who.motivation);
  await page.getByRole('button', { name: t.submitApplication }).click();
  await expectUnderReview(page, info, lang, who);
}

/**
 * Applies with the keyboard only: Tab to each field, type, arrow keys for the radio group, Enter
 * on the submit button.
 */
export async function applyWithKeyboard(page: Page, info: TestInfo, lang: Lang, who: Applicant) {
  const t = texts[lang];
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: t.signUpTitle })).toBeVisible();
  await expectAccessible(page, info, 'sign-up');
  await tabTo(page, '#displayName');
  await page.keyboard.type(who.displayName);
  await tabTo(page, '#email');
  await page.keyboard.type(who.email);
  await tabTo(page, '#password');
  await page.keyboard.type(who.password);
  await tabTo(page, 'input[type=radio]');
  // Arrow keys move within a radio group and select: PRACTITIONER → RESEARCHER.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: t.role })).toBeChecked();
  await tabTo(page, '#motivation');
  await page.keyboard.type(who.motivation);
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await expectUnderReview(page, info, lang, who);
}

/** Presses Tab until the focused element matches `selector` (a CSS selector). */
async function tabTo(page: Page, selector: string, maxTabs = 30) {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      (css) => document.activeElement?.matches(css) ?? false,
      selector,
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function expectUnderReview(page: Page, info: TestInfo, lang: Lang, who: Applicant) {
  const t = texts[lang];
  await expect(page).toHaveURL(/\/application$/);
  await expect(page.getByRole('heading', { level: 1, name: t.underReview })).toBeVisible();
  await expect(page.getByText(who.motivation)).toBeVisible();
  await expectAccessible(page, info, 'application-pending');
}

export async function signOut(page: Page, lang: Lang) {
  await page.getByRole('button', { name: texts[lang].signOut }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

export async function signIn(page: Page, lang: Lang, email: string, password: string) {
  const t = texts[lang];
  if (!/\/sign-in/.test(page.url())) await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: t.signInTitle })).toBeVisible();
  await page.getByRole('textbox', { name: t.email, exact: true }).fill(email);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: t.signInButton, exact: true }).click();
}

/** Signs the demo moderator in, opens the queue and finds the applicant's card. */
export async function openApplication(page: Page, info: TestInfo, lang: Lang, who: Applicant) {
  const t = texts[lang];
  await signIn(page, lang, moderator.email, moderator.password);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByRole('link', { name: t.reviewLink }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.queueTitle })).toBeVisible();
  const card = page.getByRole('article').filter({ hasText: who.email });
  await expect(card).toBeVisible();
  await expect(card.getByText(who.motivation)).toBeVisible();
  await expectAccessible(page, info, 'moderation-queue');
  return card;
}
