import { graphql } from '../../generated';

export const sessionMemberFragment = graphql(`
  fragment SessionMember on Member {
    id
    handle
    displayName
    email
    status
    role
    communityRole
    sector
    motivation
    decisionMessage
    decidedAt
    locale
    createdAt
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...SessionMember
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      member {
        ...SessionMember
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
