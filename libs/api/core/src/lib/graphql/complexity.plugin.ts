import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses operations whose estimated cost exceeds `maxComplexity`. Lists multiply their
 * children's cost by the requested page size (`first`), so asking for 100 of something deep
 * costs accordingly.
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ request, document, schema }) => {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              ({ args, childComplexity }) => {
                const first = typeof args['first'] === 'number' ? args['first'] : undefined;
                return first === undefined ? undefined : 1 + childComplexity * first;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query is too complex: cost ${complexity}, the limit is ${maxComplexity}.`,
              { extensions: { code: 'BAD_USER_INPUT' } },
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
