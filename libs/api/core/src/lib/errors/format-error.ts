import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@wide-open/shared/contracts';

const clientCodes = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo's own refusals of a malformed request are safe to pass on.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps errors with a known code (minus any stack trace) and replaces everything else with a
 * generic message. `onUnexpected` logs the original so operators still see it.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  original: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const rawCode = formatted.extensions?.['code'];
  const code = typeof rawCode === 'string' ? rawCode : '';
  if (clientCodes.has(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions,
    };
  }
  onUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
