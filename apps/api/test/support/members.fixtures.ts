import { v7 as uuidv7 } from 'uuid';
import { PasswordService } from '@wide-open/api/accounts';
import { CommunityRole, type MemberRole, MemberStatus } from '@wide-open/shared/contracts';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;
export const uniqueEmail = (prefix = 'member') =>
  `${prefix}-${Date.now().toString(36)}-${++counter}@example.org`;

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      token
      member {
        id
        handle
        status
        role
        email
        motivation
        communityRole
      }
    }
  }
`;
export const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      member {
        id
        status
        role
      }
    }
  }
`;
export const ME = /* GraphQL */ `
  query {
    me {
      id
      handle
      status
      role
      email
      motivation
      decisionMessage
    }
  }
`;

export function applicationInput(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail(),
    password: PASSWORD,
    displayName: 'Léa Martin',
    communityRole: 'PRACTITIONER',
    motivation: 'I run a third place in a former factory and want to learn from others.',
    ...overrides,
  };
}

/** Inserts a member directly (status and role as needed) and signs them in. */
export async function memberWithRole(
  t: TestApp,
  role: MemberRole,
  status: MemberStatus = MemberStatus.ACTIVE,
): Promise<{ id: string; email: string; token: string }> {
  const email = uniqueEmail(role.toLowerCase());
  const id = uuidv7();
  const hash = await new PasswordService().hash(PASSWORD);
  await t.dataSource.query(
    `INSERT INTO members (id, email, password_hash, handle, display_name, status, role, community_role, motivation)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      email,
      hash,
      `h-${id.slice(-12)}`,
      `Test ${role}`,
      status,
      role,
      CommunityRole.PRACTITIONER,
      'Seeded by a test.',
    ],
  );
  if (status !== MemberStatus.ACTIVE && status !== MemberStatus.PENDING)
    return { id, email, token: '' };
  const res = await t.gql<{ login: { token: string } }>(LOGIN, { email, password: PASSWORD });
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return { id, email, token: res.data.login.token };
}

/** Applies through the API, as a person would. */
export async function apply(t: TestApp, overrides: Record<string, unknown> = {}) {
  const input = applicationInput(overrides);
  const res = await t.gql<{ register: { token: string; member: { id: string; handle: string } } }>(
    REGISTER,
    { input },
  );
  if (!res.data?.register) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return { ...res.data.register, email: input.email };
}

export async function count(t: TestApp, table: string, where = 'true'): Promise<number> {
  const rows = await t.dataSource.query<Array<{ n: string }>>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
  );
  return Number(rows[0].n);
}
