import { type APIRequestContext, expect, type Page, type TestInfo } from '@playwright/test';
import { resolve } from 'node:path';
import { moderator, type Lang } from '../support/texts';

export interface FreshMember {
  id: string;
  displayName: string;
  word: string;
  email: string;
  password: string;
}

async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** A unique word per test and project: parallel journeys never see each other's data. */
export function uniqueWord(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A new ACTIVE member: applies through the API, and the demo moderator approves them. */
export async function createMember(
  request: APIRequestContext,
  lang: Lang,
  first: string,
): Promise<FreshMember> {
  const word = uniqueWord(first.toLowerCase());
  const who = {
    displayName: `${first} ${word}`,
    email: `${word}@e2e.wide-open.test`,
    password: `shared workshops and ${Math.random().toString(36).slice(2, 8)} gardens`,
  };
  const registered = await graphql<{ register: { member: { id: string } } }>(
    request,
    `
      mutation ($input: RegisterInput!) {
        register(input: $input) {
          member {
            id
          }
        }
      }
    `,
    {
      input: {
        ...who,
        communityRole: 'PRACTITIONER',
        locale: lang,
        motivation: 'I run a third place and want to learn from the other places here.',
      },
    },
  );
  const login = await graphql<{ login: { token: string } }>(
    request,
    `
      mutation ($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          token
        }
      }
    `,
    moderator,
  );
  const id = registered.register.member.id;
  await graphql(
    request,
    `
      mutation ($id: ID!) {
        approveMember(memberId: $id) {
          id
        }
      }
    `,
    { id },
    login.login.token,
  );
  return { id, word, ...who };
}

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
