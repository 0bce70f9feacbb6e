import { graphql } from '@wide-open/web/data-access';

export const categoriesQuery = graphql(`
  query Categories {
    categories {
      id
      slug
      name
      description
    }
  }
`);

export const threadSummaryFragment = graphql(`
  fragment ThreadSummary on Thread {
    id
    title
    pinned
    locked
    hidden
    awaitingReview
    challenge
    tags
    postsCount
    lastPostAt
    createdAt
    unreadCount
    category {
      id
      name
    }
    author {
      id
      handle
      displayName
    }
  }
`);

export const threadsQuery = graphql(`
  query Threads($filter: ThreadFilter, $first: Int, $after: String) {
    threads(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ThreadSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const threadQuery = graphql(`
  query Thread($id: ID!) {
    thread(id: $id) {
      ...ThreadSummary
      viewerFollows
      viewerMuted
      place {
        id
        slug
        name
      }
      story {
        id
        slug
        title
      }
    }
  }
`);

export const postFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    threadId
    body
    deleted
    hidden
    awaitingReview
    editedAt
    createdAt
    researchConsent
    author {
      id
      handle
      displayName
    }
    replyTo {
      id
      body
      deleted
      author {
        id
        displayName
      }
    }
    reactions {
      emoji
      count
      viewerReacted
      members {
        id
        displayName
      }
    }
    revisions {
      body
      replacedAt
    }
  }
`);

export const threadPostsQuery = graphql(`
  query ThreadPosts($id: ID!, $first: Int, $after: String) {
    thread(id: $id) {
      id
      posts(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PostFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const createThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadSummary
    }
  }
`);

export const createPostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);

export const editPostMutation = graphql(`
  mutation EditPost($postId: ID!, $body: String!) {
    editPost(postId: $postId, body: $body) {
      ...PostFields
    }
  }
`);

export const deletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id) {
      ...PostFields
    }
  }
`);

export const reactMutation = graphql(`
  mutation React($postId: ID!, $emoji: String!) {
    react(postId: $postId, emoji: $emoji) {
      id
      reactions {
        emoji
        count
        viewerReacted
        members {
          id
          displayName
        }
      }
    }
  }
`);

export const threadViewerFragment = graphql(`
  fragment ThreadViewer on Thread {
    id
    viewerFollows
    viewerMuted
    unreadCount
  }
`);

export const followThreadMutation = graphql(`
  mutation FollowThread($id: ID!) {
    followThread(id: $id) {
      ...ThreadViewer
    }
  }
`);

export const muteThreadMutation = graphql(`
  mutation MuteThread($id: ID!) {
    muteThread(id: $id) {
      ...ThreadViewer
    }
  }
`);

export const unfollowThreadMutation = graphql(`
  mutation UnfollowThread($id: ID!) {
    unfollowThread(id: $id) {
      ...ThreadViewer
    }
  }
`);

export const markThreadReadMutation = graphql(`
  mutation MarkThreadRead($id: ID!) {
    markThreadRead(id: $id) {
      ...ThreadViewer
    }
  }
`);

export const memberSuggestionsQuery = graphql(`
  query MemberSuggestions($search: String!, $first: Int) {
    members(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          handle
          displayName
          headline
        }
      }
    }
  }
`);

export const searchPostsQuery = graphql(`
  query SearchPosts($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
    searchPosts(query: $query, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          snippet
          post {
            id
            createdAt
            author {
              id
              handle
              displayName
            }
          }
          thread {
            id
            title
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
