interface Titled {
  titleEn: string;
  titleFr: string;
}

/** The chapter's title in the reader's language. */
export function titleIn(version: Titled | null | undefined, language: string): string {
  if (!version) return '';
  return language.startsWith('fr') ? version.titleFr : version.titleEn;
}

export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}
