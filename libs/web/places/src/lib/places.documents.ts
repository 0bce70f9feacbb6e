import { graphql } from '@wide-open/web/data-access';

export const placesQuery = graphql(`
  query Places($filter: PlaceFilter, $first: Int, $after: String) {
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
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
