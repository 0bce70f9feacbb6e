import { graphql } from '@wide-open/web/data-access';

export const unreadNotificationsCountQuery = graphql(`
  query UnreadNotificationsCount {
    unreadNotificationsCount
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          type
          readAt
          createdAt
          payload
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const notificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      type
      delivery
      configurable
    }
  }
`);

export const setNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($type: NotificationType!, $delivery: NotificationDelivery!) {
    setNotificationPreference(type: $type, delivery: $delivery) {
      type
      delivery
      configurable
    }
  }
`);
