import { graphql } from '@wide-open/web/data-access';

export const registerMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      member {
        ...SessionMember
      }
    }
  }
`);

export const applicationFieldsFragment = graphql(`
  fragment ApplicationFields on Member {
    id
    handle
    displayName
    email
    communityRole
    sector
    motivation
    createdAt
  }
`);

export const membershipApplicationsQuery = graphql(`
  query MembershipApplications($first: Int, $after: String) {
    membershipApplications(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ApplicationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const pendingApplicationsCountQuery = graphql(`
  query PendingApplicationsCount {
    pendingApplicationsCount
  }
`);

export const approveMemberMutation = graphql(`
  mutation ApproveMember($memberId: ID!, $message: String) {
    approveMember(memberId: $memberId, message: $message) {
      id
      status
      decisionMessage
      decidedAt
    }
  }
`);

export const rejectMemberMutation = graphql(`
  mutation RejectMember($memberId: ID!, $reason: String!) {
    rejectMember(memberId: $memberId, reason: $reason) {
      id
      status
      decisionMessage
      decidedAt
    }
  }
`);

export const applicationMessagesQuery = graphql(`
  query ApplicationMessages($applicantId: ID, $after: String) {
    applicationMessages(applicantId: $applicantId, first: 100, after: $after) {
      edges {
        node {
          id
          body
          createdAt
          fromModerationTeam
          author {
            id
            displayName
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

export const sendApplicationMessageMutation = graphql(`
  mutation SendApplicationMessage($applicantId: ID, $body: String!) {
    sendApplicationMessage(applicantId: $applicantId, body: $body) {
      id
    }
  }
`);
