import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ACCESS_METADATA } from './access.decorators';

const entryPoints = new Set(['Query', 'Mutation', 'Subscription']);

/** Lists GraphQL entry points (queries, mutations, subscriptions) that declare no access policy. */
export function findUnguardedOperations(
  classes: Array<abstract new (...args: never[]) => unknown>,
): string[] {
  const scanner = new MetadataScanner();
  const missing: string[] = [];
  for (const cls of classes) {
    const prototype = cls.prototype as Record<string, unknown>;
    const classPolicy = Reflect.getMetadata(ACCESS_METADATA, cls) as unknown;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const method = prototype[name] as object;
      const type = Reflect.getMetadata('graphql:resolver_type', method) as string | undefined;
      if (!type || !entryPoints.has(type)) continue;
      if (!classPolicy && !Reflect.getMetadata(ACCESS_METADATA, method)) {
        missing.push(`${cls.name}.${name}`);
      }
    }
  }
  return missing;
}

/** Stops start-up when any resolver operation has no declared access policy. */
@Injectable()
export class AccessPolicyVerifier implements OnModuleInit {
  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const classes = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.metatype)
      .filter((m): m is abstract new (...args: never[]) => unknown => typeof m === 'function');
    const missing = findUnguardedOperations(classes);
    if (missing.length > 0) {
      throw new Error(
        `GraphQL operations without an access policy (@Public, @SignedIn or @ActiveMember): ${missing.join(', ')}`,
      );
    }
  }
}
