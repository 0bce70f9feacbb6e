import { graphql } from '@wide-open/web/data-access';

export const eventSummaryFragment = graphql(`
  fragment EventSummary on Event {
    id
    title
    startsAt
    endsAt
    timeZone
    city
    country
    onlineUrl
    capacity
    cancelled
    goingCount
    waitlistCount
    place {
      id
      slug
      name
      city
      country
    }
  }
`);

export const eventsQuery = graphql(`
  query Events($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const eventDetailsFragment = graphql(`
  fragment EventDetails on Event {
    ...EventSummary
    description
    address
    language
    seriesId
    icsUrl
    coverUrl
    movedFrom
    organizer {
      id
      handle
      displayName
    }
    viewerRsvp {
      status
      waitlisted
    }
    attendees {
      status
      waitlisted
      member {
        id
        handle
        displayName
      }
    }
  }
`);

export const eventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      ...EventDetails
    }
  }
`);

export const rsvpMutation = graphql(`
  mutation Rsvp($eventId: ID!, $status: RsvpStatus!) {
    rsvp(eventId: $eventId, status: $status) {
      status
      waitlisted
    }
  }
`);

export const cancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!, $andFollowing: Boolean) {
    cancelEvent(id: $id, andFollowing: $andFollowing) {
      id
      cancelled
    }
  }
`);

export const updateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      ...EventDetails
    }
  }
`);

export const messageAttendeesMutation = graphql(`
  mutation MessageEventAttendees($id: ID!, $message: String!) {
    messageEventAttendees(id: $id, message: $message)
  }
`);

export const myEventsQuery = graphql(`
  query MyEvents($past: Boolean, $first: Int, $after: String) {
    myEvents(past: $past, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const createEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

export const eventPlacesQuery = graphql(`
  query EventPlaces($search: String!) {
    places(filter: { search: $search }, first: 6) {
      edges {
        node {
          id
          slug
          name
          city
          country
        }
      }
    }
  }
`);
