export interface ReadMark {
  memberId: string;
  messageId: string | null;
}

/**
 * Where to write "Seen": for each other participant, under the newest loaded message they have
 * read that someone else wrote (a mark on one's own message says nothing to the others).
 * Returns message id → ids of the members who saw it, in the order of `marks`.
 */
export function seenByMessage(
  messagesOldestFirst: ReadonlyArray<{ id: string; author: { id: string } }>,
  marks: readonly ReadMark[],
  viewerId: string,
): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const mark of marks) {
    if (mark.memberId === viewerId || !mark.messageId) continue;
    const markId = mark.messageId;
    let target: string | null = null;
    for (const message of messagesOldestFirst) {
      if (message.id > markId) break;
      if (message.author.id !== mark.memberId) target = message.id;
    }
    if (target) seen.set(target, [...(seen.get(target) ?? []), mark.memberId]);
  }
  return seen;
}
