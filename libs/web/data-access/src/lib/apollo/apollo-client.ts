import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The cache policies every client (the app and component specs) shares. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Connections merge their pages, so "Load more" appends instead of replacing.
          places: relayStylePagination(['filter']),
          membershipApplications: relayStylePagination(),
        },
      },
    },
  });
}

/**
 * Same-origin `/graphql`: the httpOnly session cookie travels with every request, and the
 * default JSON POST satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
