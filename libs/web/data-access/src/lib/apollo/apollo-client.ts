import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
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
          heldPosts: relayStylePagination(),
          threads: relayStylePagination(['filter']),
          events: relayStylePagination(['filter']),
          stories: relayStylePagination(['filter']),
          storyDrafts: relayStylePagination(),
          searchPosts: relayStylePagination(['query', 'filter']),
          notifications: relayStylePagination(['unreadOnly']),
          members: relayStylePagination(['filter']),
          lessons: relayStylePagination(['filter']),
          conversations: relayStylePagination(),
          reports: relayStylePagination(['status']),
          moderationLog: relayStylePagination(),
        },
      },
      Conversation: {
        fields: {
          // History pages (newest first) append older messages; live ones are prepended.
          messages: relayStylePagination(),
        },
      },
      Thread: {
        fields: {
          // Newer posts arrive with `after: endCursor` and are appended to the loaded ones.
          posts: relayStylePagination(),
        },
      },
    },
  });
}

/**
 * The reader's language on every request: the API names categories (and writes other texts) in
 * it. `<html lang>` follows the i18n language (see createI18n), so the link needs no i18n import.
 */
export function acceptLanguageLink(language: () => string = () => document.documentElement.lang) {
  return new ApolloLink((operation, forward) => {
    const lang = language() || 'en';
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': lang },
    }));
    return forward(operation);
  });
}

/**
 * Same-origin `/graphql`: the httpOnly session cookie travels with every request, and the
 * default JSON POST satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      acceptLanguageLink(),
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: createCache(),
  });
}
