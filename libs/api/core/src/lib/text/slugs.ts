import type { EntityManager } from 'typeorm';

/** Tables whose rows are addressed by a unique `slug` column. */
export type SluggedTable = 'places' | 'stories';

/**
 * "Les Grands Voisins" → "les-grands-voisins": accents dropped, 70 characters at most (room for
 * a `-2` suffix within the columns' 80), `fallback` when nothing is left.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… : the first one no row of `table` uses yet. */
export async function freeSlug(
  manager: EntityManager,
  table: SluggedTable,
  base: string,
): Promise<string> {
  const rows = await manager.query<Array<{ slug: string }>>(
    `SELECT slug FROM ${table} WHERE slug = $1 OR slug LIKE $2`,
    [base, `${base}-%`],
  );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
