/** Counts what the server counts: characters as the user sees them, not UTF-16 units. */
export function characterCount(value: string): number {
  return [...value].length;
}
