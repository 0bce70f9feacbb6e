import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@wide-open/shared/contracts';

/**
 * GraphQL answers 200 even when a resolver refuses; rate limiting also answers HTTP 429 with
 * `Retry-After`, so proxies, load tests and well-behaved clients can back off.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const limited = errors?.find((e) => e.extensions?.['code'] === ErrorCode.RATE_LIMITED);
          if (limited) {
            response.http.status = 429;
            const retry = limited.extensions?.['retryAfterSeconds'];
            if (typeof retry === 'number') response.http.headers.set('retry-after', String(retry));
          }
          return Promise.resolve();
        },
      }),
  };
}
