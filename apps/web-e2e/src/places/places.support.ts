import { type Page, type TestInfo } from '@playwright/test';
import { resolve } from 'node:path';
import { type Lang } from '../support/texts';

export { createMember, type FreshMember } from '../support/members';

/** Reads the page in `lang` from the first load on (the app remembers this choice). */
export async function useLanguage(page: Page, lang: Lang) {
  await page.addInitScript((value) => window.localStorage.setItem('wo.lang', value), lang);
}

/** A screenshot committed with the code: apps/web-e2e/screenshots/<project>-<name>.png. */
export async function keepScreenshot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({
    path: resolve(__dirname, '../../screenshots', `${info.project.name}-${name}.png`),
    fullPage: !info.project.use.isMobile,
  });
}
