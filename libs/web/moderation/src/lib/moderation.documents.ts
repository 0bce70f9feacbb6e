import { graphql } from '@wide-open/web/data-access';

export const moderationDashboardQuery = graphql(`
  query ModerationDashboard {
    moderationDashboard {
      pendingApplications
      openReports
      heldPosts
      oldestApplication {
        id
        displayName
        since
      }
      oldestReport {
        id
        targetType
        since
      }
      membersPerWeek {
        weekStart
        count
      }
      postsPerWeek {
        weekStart
        count
      }
    }
  }
`);

export const reportFieldsFragment = graphql(`
  fragment ReportFields on Report {
    id
    targetType
    targetId
    reason
    excerpt
    createdAt
    contentPath
    earlierReportsAboutAuthor
    reporter {
      id
      displayName
      handle
    }
    author {
      id
      displayName
      handle
    }
  }
`);

export const openReportsQuery = graphql(`
  query OpenReports($first: Int, $after: String) {
    reports(status: OPEN, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ReportFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const resolveReportMutation = graphql(`
  mutation ResolveReport($id: ID!, $action: ReportAction!, $note: String, $until: DateTime) {
    resolveReport(id: $id, action: $action, note: $note, until: $until) {
      id
      status
      resolution
    }
  }
`);

export const moderationLogQuery = graphql(`
  query ModerationLog($first: Int, $after: String) {
    moderationLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          action
          targetType
          targetId
          targetPath
          reason
          createdAt
          actor {
            id
            displayName
            handle
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
