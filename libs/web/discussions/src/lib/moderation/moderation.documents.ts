import { graphql } from '@wide-open/web/data-access';

export const threadModerationFragment = graphql(`
  fragment ThreadModeration on Thread {
    id
    pinned
    locked
    hidden
  }
`);

export const pinThreadMutation = graphql(`
  mutation PinThread($id: ID!) {
    pinThread(id: $id) {
      ...ThreadModeration
    }
  }
`);

export const unpinThreadMutation = graphql(`
  mutation UnpinThread($id: ID!) {
    unpinThread(id: $id) {
      ...ThreadModeration
    }
  }
`);

export const lockThreadMutation = graphql(`
  mutation LockThread($id: ID!) {
    lockThread(id: $id) {
      ...ThreadModeration
    }
  }
`);

export const unlockThreadMutation = graphql(`
  mutation UnlockThread($id: ID!) {
    unlockThread(id: $id) {
      ...ThreadModeration
    }
  }
`);

export const hideThreadMutation = graphql(`
  mutation HideThread($id: ID!, $reason: String) {
    hideThread(id: $id, reason: $reason) {
      ...ThreadModeration
    }
  }
`);

export const unhideThreadMutation = graphql(`
  mutation UnhideThread($id: ID!) {
    unhideThread(id: $id) {
      ...ThreadModeration
    }
  }
`);

export const moveThreadMutation = graphql(`
  mutation MoveThread($id: ID!, $categoryId: ID!) {
    moveThread(id: $id, categoryId: $categoryId) {
      id
      category {
        id
        name
      }
    }
  }
`);

export const hidePostMutation = graphql(`
  mutation HidePost($id: ID!, $reason: String) {
    hidePost(id: $id, reason: $reason) {
      ...PostFields
    }
  }
`);

export const unhidePostMutation = graphql(`
  mutation UnhidePost($id: ID!) {
    unhidePost(id: $id) {
      ...PostFields
    }
  }
`);
