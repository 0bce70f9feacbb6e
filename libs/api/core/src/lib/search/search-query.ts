/**
 * Turns what a person typed into a safe query for `to_tsquery('simple', wo_unaccent(…))`:
 * only letters and digits survive (quotes, operators and SQL keywords are just words or
 * nothing), every word must match, and the last word matches as a prefix so results come
 * while typing. Single letters (the l of "l’impact") are dropped: as prefixes they would
 * match most of the corpus. Returns undefined when nothing searchable is left.
 */
export function toPrefixTsQuery(input: string, maxWords = 8): string | undefined {
  const words = (
    input
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((w) => w.length > 1)
    .slice(0, maxWords);
  if (words.length === 0) return undefined;
  return words.map((w, i) => (i === words.length - 1 && w.length >= 3 ? `${w}:*` : w)).join(' & ');
}

/** SQL for a row's match against `:tsquery`, with the text-search vector column given. */
export const matchesSql = (vector: string, param = 'tsquery') =>
  `${vector} @@ to_tsquery('simple', wo_unaccent(:${param}))`;

export const rankSql = (vector: string, param = 'tsquery') =>
  `ts_rank(${vector}, to_tsquery('simple', wo_unaccent(:${param})))`;
