import { type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';
import { signIn } from '../support/journeys';
import { createAmbassador, type FreshMember, graphql } from '../support/members';
import { type Lang } from '../support/texts';

/** A bearer token, for arranging a journey's starting point through the API. */
export async function tokenOf(
  request: APIRequestContext,
  who: { email: string; password: string },
): Promise<string> {
  const res = await graphql<{ login: { token: string } }>(
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
  return res.login.token;
}

/** An ACTIVE member the bootstrap admin made an ambassador. */
export function makeAmbassador(request: APIRequestContext, lang: Lang): Promise<FreshMember> {
  return createAmbassador(request, lang, 'Ines');
}

/** A day some weeks ahead, as a date input takes it ("2026-08-14"). */
export function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function signInAs(page: Page, lang: Lang, who: FreshMember) {
  await signIn(page, lang, who.email, who.password);
  await expect(page).toHaveURL(/\/app$/);
}

/** The answer as the page shows it (the same words also sit in the polite live region). */
export function shown(page: Page, text: string) {
  return page.getByText(text, { exact: true }).and(page.locator('p'));
}

/** A second browser (its own cookies) with the same size and language as the project's. */
export async function otherBrowser(browser: Browser, info: TestInfo, locale: string) {
  const { baseURL, viewport, isMobile, hasTouch } = info.project.use;
  return browser.newContext({ locale, baseURL, viewport, isMobile, hasTouch });
}
