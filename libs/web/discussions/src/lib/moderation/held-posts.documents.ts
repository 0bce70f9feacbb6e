import { graphql } from '@wide-open/web/data-access';

export const heldPostsQuery = graphql(`
  query HeldPosts($after: String) {
    heldPosts(first: 20, after: $after) {
      edges {
        node {
          id
          body
          createdAt
          author {
            id
            handle
            displayName
          }
          thread {
            id
            title
            awaitingReview
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const approveHeldPostMutation = graphql(`
  mutation ApproveHeldPost($id: ID!) {
    approveHeldPost(id: $id) {
      id
      hidden
      awaitingReview
    }
  }
`);

export const rejectHeldPostMutation = graphql(`
  mutation RejectHeldPost($id: ID!, $reason: String) {
    rejectHeldPost(id: $id, reason: $reason) {
      id
      hidden
      awaitingReview
    }
  }
`);
