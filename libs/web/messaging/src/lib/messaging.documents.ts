import { graphql } from '@wide-open/web/data-access';

export const messageFieldsFragment = graphql(`
  fragment MessageFields on Message {
    id
    conversationId
    body
    clientMessageId
    createdAt
    editedAt
    deleted
    author {
      id
      handle
      displayName
      avatarUrl
    }
  }
`);

export const conversationSummaryFragment = graphql(`
  fragment ConversationSummary on Conversation {
    id
    title
    isGroup
    lastMessageAt
    createdById
    unreadCount
    participants {
      id
      handle
      displayName
      avatarUrl
    }
    readMarks {
      member {
        id
      }
      messageId
    }
    lastMessage {
      ...MessageFields
    }
  }
`);

export const conversationsQuery = graphql(`
  query Conversations($first: Int, $after: String) {
    conversations(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ConversationSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const conversationQuery = graphql(`
  query Conversation($id: ID!, $first: Int, $after: String) {
    conversation(id: $id) {
      ...ConversationSummary
      messages(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...MessageFields
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

export const unreadMessagesCountQuery = graphql(`
  query UnreadMessagesCount {
    unreadMessagesCount
  }
`);

export const blockedMemberIdsQuery = graphql(`
  query BlockedMemberIds {
    blockedMemberIds
  }
`);

export const messageRecipientsQuery = graphql(`
  query MessageRecipients($search: String!) {
    members(filter: { search: $search }, first: 10) {
      edges {
        node {
          id
          handle
          displayName
          avatarUrl
        }
      }
    }
  }
`);

export const sendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageFields
    }
  }
`);

export const markConversationReadMutation = graphql(`
  mutation MarkConversationRead($conversationId: ID!, $messageId: ID!) {
    markConversationRead(conversationId: $conversationId, messageId: $messageId) {
      id
      unreadCount
      readMarks {
        member {
          id
        }
        messageId
      }
    }
  }
`);

export const editMessageMutation = graphql(`
  mutation EditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      ...MessageFields
    }
  }
`);

export const deleteMessageMutation = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      ...MessageFields
    }
  }
`);

export const renameConversationMutation = graphql(`
  mutation RenameConversation($id: ID!, $title: String) {
    renameConversation(id: $id, title: $title) {
      id
      title
    }
  }
`);

export const addConversationParticipantsMutation = graphql(`
  mutation AddConversationParticipants($id: ID!, $memberIds: [ID!]!) {
    addConversationParticipants(id: $id, memberIds: $memberIds) {
      ...ConversationSummary
    }
  }
`);

export const leaveConversationMutation = graphql(`
  mutation LeaveConversation($id: ID!) {
    leaveConversation(id: $id)
  }
`);

export const blockMemberMutation = graphql(`
  mutation BlockMember($memberId: ID!) {
    blockMember(memberId: $memberId)
  }
`);

export const unblockMemberMutation = graphql(`
  mutation UnblockMember($memberId: ID!) {
    unblockMember(memberId: $memberId)
  }
`);

export const messageRecipientQuery = graphql(`
  query MessageRecipient($handle: String!) {
    member(handle: $handle) {
      id
      handle
      displayName
      avatarUrl
    }
  }
`);
