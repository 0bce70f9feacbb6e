import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import {
  markThreadReadMutation,
  postFieldsFragment,
  threadPostsQuery,
} from '../discussions.documents';

// The API's query cost limit (2000) allows about 40 posts with their reactions and quotes.
export const POSTS_PAGE_SIZE = 25;

/**
 * A thread's posts, oldest first, a page at a time; newer posts are appended (`after` the last
 * cursor), and one changed post is read again alone and written over its cached copy.
 */
export function useThreadPosts(threadId: string) {
  const client = useApolloClient();
  const { data, loading, error, fetchMore } = useQuery(threadPostsQuery, {
    variables: { id: threadId, first: POSTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [markRead] = useMutation(markThreadReadMutation, { variables: { id: threadId } });
  const connection = data?.thread?.posts;
  const edges = connection?.edges;
  const pageInfo = connection?.pageInfo;
  const loadedCount = edges?.length ?? 0;

  const loadMore = useCallback(async () => {
    if (!pageInfo) return;
    await fetchMore({ variables: { after: pageInfo.endCursor } });
  }, [fetchMore, pageInfo]);

  /** New posts arrived: append them when the reader already has the end of the thread. */
  const loadNewer = useCallback(async () => {
    if (!pageInfo || pageInfo.hasNextPage) return false;
    await fetchMore({ variables: { after: pageInfo.endCursor } });
    return true;
  }, [fetchMore, pageInfo]);

  const refreshPost = useCallback(
    async (postId: string) => {
      const index = edges?.findIndex((edge) => edge.node.id === postId) ?? -1;
      if (!edges || index < 0) return;
      // Keyset cursors: the post right after its predecessor's cursor is the post itself. No
      // cache write for the query, so the loaded pages stay as they are.
      const result = await client.query({
        query: threadPostsQuery,
        variables: { id: threadId, first: 1, after: index > 0 ? edges[index - 1].cursor : null },
        fetchPolicy: 'no-cache',
      });
      const fresh = result.data?.thread?.posts.edges[0]?.node;
      if (fresh?.id === postId)
        client.cache.writeFragment({ fragment: postFieldsFragment, data: fresh });
    },
    [client, edges, threadId],
  );

  // Whatever is on screen is read: the unread count drops here and in the thread list.
  useEffect(() => {
    if (loadedCount > 0) void markRead().catch(() => undefined);
  }, [loadedCount, markRead]);

  return { edges: edges ?? [], pageInfo, loading, error, loadMore, loadNewer, refreshPost };
}
