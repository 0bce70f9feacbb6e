export interface GuideReference {
  token: string;
  available: boolean;
  title?: string | null;
  path?: string | null;
}

const TOKEN = /\[\[(lesson|place):([^\]\s]{1,100})\]\]/gi;

/**
 * Turns live reference tokens into Markdown links to their current title and page; one that
 * was removed or hidden becomes the `unavailable` words, never a broken link.
 */
export function withReferenceLinks(
  markdown: string,
  references: GuideReference[],
  unavailable: string,
): string {
  const byToken = new Map(references.map((r) => [r.token, r]));
  return markdown.replace(TOKEN, (_all, kind: string, key: string) => {
    const isLesson = kind.toLowerCase() === 'lesson';
    const token = `${isLesson ? 'lesson' : 'place'}:${isLesson ? key.toLowerCase() : key}`;
    const ref = byToken.get(token);
    if (!ref?.available || !ref.path || !ref.title) return `*(${unavailable})*`;
    const label = ref.title.replace(/([[\]\\])/g, '\\$1');
    return `[${label}](${ref.path})`;
  });
}
