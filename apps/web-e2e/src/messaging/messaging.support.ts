import { type Browser, type TestInfo } from '@playwright/test';
import { type Lang } from '../support/texts';

/** A browser context with the project's device (desktop or phone) and the given language. */
export async function newPerson(browser: Browser, info: TestInfo, lang: Lang) {
  const { viewport, isMobile, hasTouch, baseURL } = info.project.use;
  const context = await browser.newContext({
    viewport,
    isMobile,
    hasTouch,
    baseURL,
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
  });
  return { context, page: await context.newPage() };
}
