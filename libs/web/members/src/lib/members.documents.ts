import { graphql } from '@wide-open/web/data-access';

export const memberProfileFragment = graphql(`
  fragment MemberProfile on Member {
    id
    handle
    displayName
    avatarUrl
    headline
    bio
    communityRole
    sector
    city
    country
    languages
    skills
    interests
    links
    locale
    places {
      role
      place {
        id
        slug
        name
        city
        country
      }
    }
  }
`);

export const memberQuery = graphql(`
  query MemberProfile($handle: String!) {
    member(handle: $handle) {
      ...MemberProfile
    }
  }
`);

/** The signed-in member's own profile, for the edit form. */
export const myProfileQuery = graphql(`
  query MyProfile {
    me {
      ...MemberProfile
    }
  }
`);

export const updateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MemberProfile
    }
  }
`);

export const memberCardFragment = graphql(`
  fragment MemberCard on Member {
    id
    handle
    displayName
    avatarUrl
    headline
    communityRole
    city
    country
    skills
  }
`);

export const membersQuery = graphql(`
  query Members($filter: MemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MemberCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const memberTagsQuery = graphql(`
  query MemberTags($kind: TagKind!, $prefix: String!) {
    memberTags(kind: $kind, prefix: $prefix) {
      name
      count
    }
  }
`);
