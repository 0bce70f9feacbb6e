import { Limits } from '@wide-open/shared/contracts';

/** A handle candidate from a display name: "Léa Martin-Dupont" → "lea-martin-dupont". */
export function handleFromName(displayName: string): string {
  const base = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, Limits.handle.max - 5)
    .replace(/-+$/g, '');
  return base.length >= Limits.handle.min ? base : `member-${base}`.replace(/-+$/g, '');
}
