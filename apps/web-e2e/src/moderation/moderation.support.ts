import { type APIRequestContext } from '@playwright/test';
import { graphql, type FreshMember } from '../support/members';

export async function tokenOf(request: APIRequestContext, who: FreshMember): Promise<string> {
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

/** The author's thread and a reply in it (the post the journey reports); returns both ids. */
export async function threadWithReply(
  request: APIRequestContext,
  token: string,
  title: string,
  replyBody: string,
): Promise<{ threadId: string; postId: string }> {
  const { categories } = await graphql<{ categories: Array<{ id: string }> }>(
    request,
    '{ categories { id } }',
    {},
    token,
  );
  const thread = await graphql<{ createThread: { id: string } }>(
    request,
    `
      mutation ($input: CreateThreadInput!) {
        createThread(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        categoryId: categories[0].id,
        title,
        body: `Opening words of ${title}, to be discussed.`,
      },
    },
    token,
  );
  const post = await graphql<{ createPost: { id: string } }>(
    request,
    `
      mutation ($input: CreatePostInput!) {
        createPost(input: $input) {
          id
        }
      }
    `,
    { input: { threadId: thread.createThread.id, body: replyBody } },
    token,
  );
  return { threadId: thread.createThread.id, postId: post.createPost.id };
}

/** A report made through the API (the journey reports the post itself in the browser). */
export async function reportMember(
  request: APIRequestContext,
  token: string,
  memberId: string,
  reason: string,
): Promise<void> {
  await graphql(
    request,
    `
      mutation ($input: ReportInput!) {
        reportContent(input: $input) {
          id
        }
      }
    `,
    { input: { targetType: 'MEMBER', targetId: memberId, reason } },
    token,
  );
}
