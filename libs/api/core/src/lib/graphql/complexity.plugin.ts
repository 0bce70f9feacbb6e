import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * The estimated cost of an operation. Lists multiply their children's cost by the requested
 * page size (`first`), so asking for 100 of something deep costs accordingly. Undefined when
 * the variables are invalid: execution then reports them with per-field messages.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number | undefined {
  try {
    return getComplexity({
      schema,
      operationName,
      query: document,
      variables,
      estimators: [
        fieldExtensionsEstimator(),
        ({ args, childComplexity }) => {
          const first = typeof args['first'] === 'number' ? args['first'] : undefined;
          return first === undefined ? undefined : 1 + childComplexity * first;
        },
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch {
    return undefined;
  }
}

/** Refuses operations whose estimated cost exceeds `maxComplexity`. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ request, document, schema }) => {
          const complexity = operationComplexity(
            schema,
            document,
            request.variables ?? {},
            request.operationName ?? undefined,
          );
          if (complexity !== undefined && complexity > maxComplexity) {
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
