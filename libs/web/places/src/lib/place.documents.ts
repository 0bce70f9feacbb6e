import { graphql } from '@wide-open/web/data-access';

export const lessonFieldsFragment = graphql(`
  fragment LessonFields on Lesson {
    id
    challenge
    title
    context
    whatWeTried
    outcome
    advice
    figures {
      label
      value
      unit
    }
    createdAt
    author {
      id
      handle
      displayName
    }
  }
`);

export const placeDetailsFragment = graphql(`
  fragment PlaceDetails on Place {
    id
    slug
    name
    summary
    description
    kinds
    status
    foundedYear
    address
    city
    country
    latitude
    longitude
    website
    links
    videos
    challenges
    facts
    hidden
    hiddenReason
    createdAt
    followersCount
    viewerFollows
    photos {
      id
      url
      largeUrl
      thumbnailUrl
      width
      height
      caption
    }
    team {
      role
      member {
        id
        handle
        displayName
        avatarUrl
      }
    }
    lessons {
      ...LessonFields
    }
  }
`);

export const placeQuery = graphql(`
  query Place($slug: String!) {
    place(slug: $slug) {
      ...PlaceDetails
      # Who may report the page: anyone active but its creator.
      createdBy {
        id
      }
      visitedByTour
      stories {
        id
        slug
        title
        summary
        language
        publishedAt
      }
    }
  }
`);

export const createPlaceMutation = graphql(`
  mutation CreatePlace($input: CreatePlaceInput!) {
    createPlace(input: $input) {
      ...PlaceDetails
    }
  }
`);

export const updatePlaceMutation = graphql(`
  mutation UpdatePlace($id: ID!, $input: UpdatePlaceInput!) {
    updatePlace(id: $id, input: $input) {
      ...PlaceDetails
    }
  }
`);

export const followPlaceMutation = graphql(`
  mutation FollowPlace($id: ID!) {
    followPlace(id: $id) {
      id
      followersCount
      viewerFollows
    }
  }
`);

export const unfollowPlaceMutation = graphql(`
  mutation UnfollowPlace($id: ID!) {
    unfollowPlace(id: $id) {
      id
      followersCount
      viewerFollows
    }
  }
`);

export const setPlaceTeamMemberMutation = graphql(`
  mutation SetPlaceTeamMember($placeId: ID!, $handle: String!, $role: PlaceTeamRole!) {
    setPlaceTeamMember(placeId: $placeId, handle: $handle, role: $role)
  }
`);

export const removePlaceTeamMemberMutation = graphql(`
  mutation RemovePlaceTeamMember($placeId: ID!, $memberId: ID!) {
    removePlaceTeamMember(placeId: $placeId, memberId: $memberId)
  }
`);

export const hidePlaceMutation = graphql(`
  mutation HidePlace($id: ID!, $reason: String!) {
    hidePlace(id: $id, reason: $reason) {
      id
      hidden
      hiddenReason
    }
  }
`);

export const unhidePlaceMutation = graphql(`
  mutation UnhidePlace($id: ID!) {
    unhidePlace(id: $id) {
      id
      hidden
      hiddenReason
    }
  }
`);

export const addLessonMutation = graphql(`
  mutation AddLesson($placeId: ID!, $input: LessonInput!) {
    addLesson(placeId: $placeId, input: $input) {
      ...LessonFields
    }
  }
`);

export const lessonsQuery = graphql(`
  query Lessons($filter: LessonFilter, $first: Int, $after: String) {
    lessons(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...LessonFields
          place {
            id
            slug
            name
            city
            country
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

export const challengesQuery = graphql(`
  query Challenges {
    challenges {
      challenge
      placesCount
      lessonsCount
      countries
    }
  }
`);

/** The places index: the list's fields plus coordinates for the map. */
export const placesMapQuery = graphql(`
  query PlacesMap($filter: PlaceFilter, $first: Int, $after: String) {
    places(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          slug
          name
          summary
          kinds
          status
          foundedYear
          city
          country
          challenges
          latitude
          longitude
          visitedByTour
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
