import { Challenge, CONTENT_LANGUAGES, type ContentLanguage } from '@wide-open/shared/contracts';

/** The list's filters, kept in the address so a filtered journal can be shared. */
export interface JournalFilters {
  language: ContentLanguage | null;
  challenge: Challenge | null;
  /** A place's slug (the place page links to its stories this way). */
  place: string | null;
}

/** A language the journal is written in, or null for anything else. */
export function asLanguage(value: string | null): ContentLanguage | null {
  return (CONTENT_LANGUAGES as readonly string[]).includes(value ?? '')
    ? (value as ContentLanguage)
    : null;
}

/** A challenge the platform knows, or null for anything else. */
export function asChallenge(value: string | null): Challenge | null {
  return (Object.values(Challenge) as string[]).includes(value ?? '') ? (value as Challenge) : null;
}

export function readJournalFilters(search: URLSearchParams): JournalFilters {
  return {
    language: asLanguage(search.get('lang')),
    challenge: asChallenge(search.get('challenge')),
    place: search.get('place') || null,
  };
}

export function writeJournalFilters(filters: JournalFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.language) search.set('lang', filters.language);
  if (filters.challenge) search.set('challenge', filters.challenge);
  if (filters.place) search.set('place', filters.place);
  return search;
}
