import type { TestApp } from './test-app';

export const CREATE_THREAD = /* GraphQL */ `
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      title
      postsCount
      category {
        slug
      }
    }
  }
`;
export const CREATE_POST = /* GraphQL */ `
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      body
      threadId
      researchConsent
      replyTo {
        id
      }
      author {
        handle
      }
    }
  }
`;

export async function categoryId(t: TestApp, slug = 'general'): Promise<string> {
  const rows = await t.dataSource.query<Array<{ id: string }>>(
    'SELECT id FROM categories WHERE slug = $1',
    [slug],
  );
  return rows[0].id;
}

export async function handleOf(t: TestApp, memberId: string): Promise<string> {
  const rows = await t.dataSource.query<Array<{ handle: string }>>(
    'SELECT handle FROM members WHERE id = $1',
    [memberId],
  );
  return rows[0].handle;
}

let n = 0;
export async function startThread(
  t: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
) {
  n += 1;
  const res = await t.gql<{ createThread: { id: string; title: string } }>(
    CREATE_THREAD,
    {
      input: {
        categoryId: await categoryId(t),
        title: `How do you pay the rent? (${n})`,
        body: `We are looking for ways to cover the rent of our hall, number ${n}.`,
        ...overrides,
      },
    },
    token,
  );
  if (!res.data?.createThread) throw new Error(JSON.stringify(res.errors));
  return res.data.createThread;
}
