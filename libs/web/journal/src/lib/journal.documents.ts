import { graphql } from '@wide-open/web/data-access';

export const storySummaryFragment = graphql(`
  fragment StorySummary on Story {
    id
    slug
    title
    summary
    language
    status
    publishedAt
    updatedAt
    challenges
    cover {
      id
      url
      thumbnailUrl
      width
      height
      alt
    }
    places {
      id
      slug
      name
    }
    author {
      id
      handle
      displayName
    }
  }
`);

export const storyDetailsFragment = graphql(`
  fragment StoryDetails on Story {
    ...StorySummary
    body
    videos
    version
    threadId
    cover {
      largeUrl
    }
  }
`);

export const storiesQuery = graphql(`
  query Stories($filter: StoryFilter, $first: Int, $after: String) {
    stories(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...StorySummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const storyDraftsQuery = graphql(`
  query StoryDrafts {
    storyDrafts(first: 50) {
      edges {
        node {
          ...StorySummary
        }
      }
    }
  }
`);

export const storyQuery = graphql(`
  query Story($slug: String!) {
    story(slug: $slug) {
      ...StoryDetails
    }
  }
`);

export const journalQuery = graphql(`
  query Journal {
    journal {
      followersCount
      viewerFollows
      feedUrl
    }
  }
`);

export const followJournalMutation = graphql(`
  mutation FollowJournal {
    followJournal {
      followersCount
      viewerFollows
      feedUrl
    }
  }
`);

export const unfollowJournalMutation = graphql(`
  mutation UnfollowJournal {
    unfollowJournal {
      followersCount
      viewerFollows
      feedUrl
    }
  }
`);

export const createStoryMutation = graphql(`
  mutation CreateStory($input: CreateStoryInput!) {
    createStory(input: $input) {
      ...StoryDetails
    }
  }
`);

export const updateStoryMutation = graphql(`
  mutation UpdateStory($id: ID!, $input: UpdateStoryInput!) {
    updateStory(id: $id, input: $input) {
      ...StoryDetails
    }
  }
`);

export const publishStoryMutation = graphql(`
  mutation PublishStory($id: ID!) {
    publishStory(id: $id) {
      ...StoryDetails
    }
  }
`);

export const unpublishStoryMutation = graphql(`
  mutation UnpublishStory($id: ID!) {
    unpublishStory(id: $id) {
      ...StoryDetails
    }
  }
`);

export const deleteStoryMutation = graphql(`
  mutation DeleteStory($id: ID!) {
    deleteStory(id: $id)
  }
`);

/** Places to tell the story about, by name (the `places` search). */
export const storyPlacesSearchQuery = graphql(`
  query StoryPlacesSearch($search: String!) {
    places(filter: { search: $search }, first: 6) {
      edges {
        node {
          id
          slug
          name
          city
        }
      }
    }
  }
`);

/** The places the research tour visited: the list's place filter. */
export const tourPlacesQuery = graphql(`
  query TourPlaces {
    tourPlaces {
      id
      slug
      name
    }
  }
`);
