import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode } from '@wide-open/shared/contracts';

const knownCodes = new Set<string>(Object.values(ErrorCode));

/** The `extensions` of the first GraphQL error, or an empty object for network errors. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  return error.errors[0]?.extensions ?? {};
}

/** The API's error code (`extensions.code`), or undefined for network and unknown errors. */
export function errorCode(error: unknown): ErrorCode | undefined {
  const code = errorExtensions(error)['code'];
  return typeof code === 'string' && knownCodes.has(code) ? (code as ErrorCode) : undefined;
}

/**
 * Per-field messages from `extensions.fields`, keyed by the input field name. The server may
 * prefix them with the argument name (`input.email`), which forms do not know about.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const out: Record<string, string> = {};
  for (const graphQLError of error.errors) {
    const fields = graphQLError.extensions?.['fields'];
    if (!fields || typeof fields !== 'object') continue;
    for (const [key, message] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof message === 'string') out[key.replace(/^input\./, '')] = message;
    }
  }
  return out;
}

/** A string extension such as `reason` or `until`, when present. */
export function errorDetail(error: unknown, key: string): string | undefined {
  const value = errorExtensions(error)[key];
  return typeof value === 'string' ? value : undefined;
}

/** `retryAfterSeconds` of a RATE_LIMITED error. */
export function retryAfterSeconds(error: unknown): number | undefined {
  const value = errorExtensions(error)['retryAfterSeconds'];
  return typeof value === 'number' ? value : undefined;
}
