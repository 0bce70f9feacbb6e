import { graphql } from '@wide-open/web/data-access';

export const guideQuery = graphql(`
  query Guide($includeDrafts: Boolean) {
    guide(includeDrafts: $includeDrafts) {
      updatedAt
      stages {
        stage
        chapters {
          id
          slug
          stage
          status
          challenges
          publishedAt
          published {
            id
            titleEn
            titleFr
          }
          latestVersion {
            id
            titleEn
            titleFr
          }
        }
      }
    }
  }
`);

export const guideVersionFragment = graphql(`
  fragment GuideVersionFields on GuideChapterVersion {
    id
    number
    titleEn
    titleFr
    bodyEn
    bodyFr
    note
    createdAt
    isPublished
    author {
      id
      displayName
    }
    references {
      kind
      key
      token
      available
      title
      path
      placeName
      city
    }
  }
`);

export const guideChapterQuery = graphql(`
  query GuideChapter($slug: String!) {
    guideChapter(slug: $slug) {
      id
      slug
      stage
      position
      status
      challenges
      publishedAt
      published {
        ...GuideVersionFields
      }
      latestVersion {
        ...GuideVersionFields
      }
      versionHistory(first: 50) {
        edges {
          node {
            id
            number
            titleEn
            titleFr
            note
            createdAt
            isPublished
            author {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export const guideVersionQuery = graphql(`
  query GuideChapterVersion($id: ID!) {
    guideChapterVersion(id: $id) {
      ...GuideVersionFields
    }
  }
`);

export const editGuideChapterMutation = graphql(`
  mutation EditGuideChapter($input: EditGuideChapterInput!) {
    editGuideChapter(input: $input) {
      id
      number
    }
  }
`);

export const publishGuideChapterMutation = graphql(`
  mutation PublishGuideChapter($chapterId: ID!, $versionId: ID!) {
    publishGuideChapter(chapterId: $chapterId, versionId: $versionId) {
      id
      status
      publishedAt
    }
  }
`);

export const suggestGuideChangeMutation = graphql(`
  mutation SuggestGuideChange($input: SuggestGuideChangeInput!) {
    suggestGuideChange(input: $input) {
      id
      status
    }
  }
`);

export const guideSuggestionsQuery = graphql(`
  query GuideSuggestions($chapterId: ID) {
    guideSuggestions(chapterId: $chapterId, status: OPEN, first: 50) {
      edges {
        node {
          id
          text
          proposedWording
          language
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const reviewGuideSuggestionMutation = graphql(`
  mutation ReviewGuideSuggestion($input: ReviewGuideSuggestionInput!) {
    reviewGuideSuggestion(input: $input) {
      id
      status
    }
  }
`);

export const createGuideChapterMutation = graphql(`
  mutation CreateGuideChapter($input: CreateGuideChapterInput!) {
    createGuideChapter(input: $input) {
      id
      slug
    }
  }
`);

export const moveGuideChapterMutation = graphql(`
  mutation MoveGuideChapter($chapterId: ID!, $stage: String, $position: Int!) {
    moveGuideChapter(chapterId: $chapterId, stage: $stage, position: $position) {
      id
      stage
      position
    }
  }
`);
