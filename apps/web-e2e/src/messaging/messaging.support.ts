import { type APIRequestContext, type Browser, expect, type TestInfo } from '@playwright/test';
import { moderator, type Lang } from '../support/texts';

export interface ChatMember {
  id: string;
  displayName: string;
  /** The word only this member's name contains: what the recipient search types. */
  uniqueWord: string;
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

/**
 * A fresh ACTIVE member for this test only (applies, then the demo moderator approves through
 * the API): parallel journeys never read each other's conversations, typing or read marks.
 */
export async function createChatMember(
  request: APIRequestContext,
  lang: Lang,
  first: string,
): Promise<ChatMember> {
  const uniqueWord = `${first.toLowerCase()}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const who = {
    displayName: `${first} ${uniqueWord}`,
    email: `${uniqueWord}@e2e.wide-open.test`,
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
        motivation: 'I run a third place and want to talk with the other members here.',
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
  await graphql(
    request,
    `
      mutation ($id: ID!) {
        approveMember(memberId: $id) {
          id
        }
      }
    `,
    { id: registered.register.member.id },
    login.login.token,
  );
  return { id: registered.register.member.id, uniqueWord, ...who };
}

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
