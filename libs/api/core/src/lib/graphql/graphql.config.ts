import { Logger } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-error';
import { complexityPlugin } from './complexity.plugin';
import { httpStatusPlugin } from './http-status.plugin';
import { Loaders } from './loaders';
import { aliasLimitRule, depthLimitRule } from './query-limits';

const logger = new Logger('GraphQL');

/** Apollo Server settings: limits, CSRF prevention, error masking, per-request loaders. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // The bundled playground targets Apollo Server 4; Apollo's landing page is enough.
    playground: false,
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    // Nest resets the status of answers with data to 200; ours only sets 429 (httpStatusPlugin).
    preserveHttpStatusForExecutionErrors: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [
      depthLimitRule(config.graphql.maxDepth),
      aliasLimitRule(config.graphql.maxAliases),
    ],
    plugins: [
      complexityPlugin(config.graphql.maxComplexity),
      httpStatusPlugin(),
      // Answers are never HTTP-cached (POSTs behind a session cookie) and no type sets cache
      // hints, so Apollo's cache-control plugin, on by default, would only wrap every field
      // resolver for nothing (bench/ profile).
      ApolloServerPluginCacheControlDisabled(),
    ],
    context: ({ req, res }: { req: Request; res: Response }) => ({
      req,
      res,
      loaders: new Loaders(),
    }),
    formatError: (formatted, original) =>
      formatGraphQLError(formatted, original, (error) =>
        logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
      ),
  };
}
