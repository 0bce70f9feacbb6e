/**
 * Ordering rules for messages, shared by the cache and the views. Message ids are UUID v7
 * assigned under a per-conversation lock, so comparing ids as strings is the storage order.
 */

/** Inserts `id` into a newest-first list of ids; null when it is already there (dedupe). */
export function insertionIndex(newestFirstIds: readonly string[], id: string): number | null {
  if (newestFirstIds.includes(id)) return null;
  const index = newestFirstIds.findIndex((existing) => existing < id);
  return index === -1 ? newestFirstIds.length : index;
}

/**
 * Merges messages from any source (history pages, live events, sync, acknowledgements) into one
 * oldest-first list with no two entries sharing an id or a clientMessageId.
 */
export function mergeMessages<T extends { id: string; clientMessageId: string }>(
  ...sources: ReadonlyArray<readonly T[]>
): T[] {
  const byId = new Map<string, T>();
  const clientIds = new Set<string>();
  for (const source of sources) {
    for (const message of source) {
      if (byId.has(message.id) || clientIds.has(message.clientMessageId)) continue;
      byId.set(message.id, message);
      clientIds.add(message.clientMessageId);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
