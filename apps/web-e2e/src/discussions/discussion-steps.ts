import { expect, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { type Lang } from '../support/texts';
import { demo, discussionTexts } from './discussion-texts';

export async function signInAs(page: Page, lang: Lang, email: string) {
  await signIn(page, lang, email, demo.password);
  await expect(page).toHaveURL(/\/app$/);
}

/** Starts a thread in "Measuring impact" and lands on it; returns its address. */
export async function startThread(
  page: Page,
  info: TestInfo,
  lang: Lang,
  thread: { title: string; body: string; consent: boolean },
): Promise<string> {
  const t = discussionTexts[lang];
  await page.goto('/discussions');
  await expect(page.getByRole('heading', { level: 1, name: t.discussionsTitle })).toBeVisible();
  await expectAccessible(page, info, 'discussions');
  await page.getByRole('link', { name: t.newThreadTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.newThreadTitle })).toBeVisible();
  await page.getByRole('combobox', { name: t.category }).selectOption({ label: t.impactCategory });
  await page.getByRole('textbox', { name: t.title }).fill(thread.title);
  await page.getByRole('textbox', { name: t.body }).fill(thread.body);
  if (thread.consent) await page.getByRole('checkbox', { name: t.consent }).check();
  await expectAccessible(page, info, 'new-thread');
  await page.getByRole('button', { name: t.publish }).click();
  await expect(page).toHaveURL(/\/discussions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: thread.title })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: thread.body })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Sends a reply from the composer at the bottom of the thread. */
export async function reply(page: Page, lang: Lang, body: string) {
  const t = discussionTexts[lang];
  await page.getByRole('textbox', { name: t.reply }).fill(body);
  await page.getByRole('button', { name: t.send }).click();
  await expect(page.getByRole('article').filter({ hasText: body })).toBeVisible();
}
