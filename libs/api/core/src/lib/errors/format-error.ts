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
    if (code === 'BAD_USER_INPUT' && !extensions['fields']) {
      const fields = variableFieldErrors(formatted.message);
      if (fields) extensions['fields'] = fields;
    }
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

const invalidVariable = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; ([\s\S]+)$/;

/**
 * GraphQL refuses a variable that does not fit its type (an enum value it does not know, a
 * string for a number) before any resolver runs, with only a message. The field it names is
 * given as `fields` too, as the validation pipe names fields (`input.` dropped, no list index),
 * so clients put every refusal next to its field the same way.
 */
export function variableFieldErrors(message: string): Record<string, string> | null {
  const match = invalidVariable.exec(message);
  if (!match) return null;
  const [, variable, at, reason] = match;
  const field = (at ?? variable).replace(/^input\./, '').replace(/\[\d+\]/g, '');
  return { [field]: reason.trim() };
}
