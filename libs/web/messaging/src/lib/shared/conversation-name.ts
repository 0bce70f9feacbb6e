import { type TFunction } from 'i18next';

interface Named {
  id: string;
  displayName: string;
}

/** The others in the conversation (everyone but the viewer). */
export function otherParticipants<T extends Named>(participants: readonly T[], viewerId: string) {
  return participants.filter((p) => p.id !== viewerId);
}

/** A group's title, else the names of the others ("Marco and Aïsha", "Marco and 3 others"). */
export function conversationName(
  conversation: { title?: string | null; participants: readonly Named[] },
  viewerId: string,
  t: TFunction<'messaging'>,
): string {
  if (conversation.title) return conversation.title;
  const names = otherParticipants(conversation.participants, viewerId).map((p) => p.displayName);
  if (names.length === 0) return t('names.onlyYou');
  if (names.length === 1) return names[0];
  if (names.length === 2) return t('names.two', { a: names[0], b: names[1] });
  return t('names.many', { first: names[0], count: names.length - 1 });
}
