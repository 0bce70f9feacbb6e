import { isUuid } from '@wide-open/api/core';

/**
 * Live references in a chapter's Markdown: `[[lesson:<id>]]` and `[[place:<slug>]]`. They are
 * stored as written and resolved when read, so titles and links follow the lesson or place.
 */
export type ReferenceKind = 'LESSON' | 'PLACE';

export interface ReferenceToken {
  kind: ReferenceKind;
  /** A lesson's id or a place's slug, as written. */
  key: string;
}

const TOKEN = /\[\[(lesson|place):([^\]\s]{1,100})\]\]/gi;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** Every distinct reference in the text, in order of first appearance. */
export function parseReferences(markdown: string): ReferenceToken[] {
  const seen = new Set<string>();
  const found: ReferenceToken[] = [];
  for (const match of markdown.matchAll(TOKEN)) {
    const kind = match[1].toLowerCase() === 'lesson' ? 'LESSON' : 'PLACE';
    const key = kind === 'LESSON' ? match[2].toLowerCase() : match[2];
    const id = referenceId({ kind, key });
    if (seen.has(id)) continue;
    seen.add(id);
    found.push({ kind, key });
  }
  return found;
}

/** `lesson:<id>` / `place:<slug>`: how a reference is named in errors and in the web app. */
export function referenceId(ref: ReferenceToken): string {
  return `${ref.kind === 'LESSON' ? 'lesson' : 'place'}:${ref.key}`;
}

/** Whether the key can name anything at all (a lesson id is a UUID, a slug is kebab-case). */
export function isWellFormed(ref: ReferenceToken): boolean {
  return ref.kind === 'LESSON' ? isUuid(ref.key) : SLUG.test(ref.key);
}

/** Replaces each token with what `render` gives for it. */
export function replaceReferences(
  markdown: string,
  render: (ref: ReferenceToken) => string,
): string {
  return markdown.replace(TOKEN, (_all, kind: string, key: string) => {
    const isLesson = kind.toLowerCase() === 'lesson';
    return render({ kind: isLesson ? 'LESSON' : 'PLACE', key: isLesson ? key.toLowerCase() : key });
  });
}
