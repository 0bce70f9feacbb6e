import { type APIRequestContext, expect } from '@playwright/test';
import { moderator, type Lang } from './texts';

export interface FreshMember {
  id: string;
  displayName: string;
  /** The word only this member's name contains: what searches and pickers type. */
  word: string;
  email: string;
  password: string;
}

/** GraphQL through Playwright's request context; any error fails the test with its message. */
export async function graphql<T>(
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

/**
 * A fresh ACTIVE member for one test: applies through the API and the demo moderator approves,
 * so parallel journeys never read each other's conversations, places or read marks.
 */
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

// The e2e server's bootstrap admin (tools/scripts/e2e-server.mjs) grants the ambassador role.
const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.wide-open.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password',
};

/** A fresh ACTIVE member whom the bootstrap admin makes an ambassador (events, stories). */
export async function createAmbassador(
  request: APIRequestContext,
  lang: Lang,
  first: string,
): Promise<FreshMember> {
  const who = await createMember(request, lang, first);
  const login = await graphql<{ login: { token: string } }>(
    request,
    `
      mutation ($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          token
        }
      }
    `,
    admin,
  );
  await graphql(
    request,
    `
      mutation ($id: ID!) {
        setMemberRole(memberId: $id, role: AMBASSADOR) {
          id
        }
      }
    `,
    { id: who.id },
    login.login.token,
  );
  return who;
}
