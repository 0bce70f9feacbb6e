const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value from outside (a socket payload, a URL, a cursor, a reference in Markdown) is a
 * UUID, checked before it reaches SQL as one: PostgreSQL would answer anything else with an error.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
