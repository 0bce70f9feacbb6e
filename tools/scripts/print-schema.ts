/**
 * Writes the API's GraphQL schema (SDL) to dist/schema.graphql for the web app's code generator.
 * Builds the real app module without connecting to a database, so it needs no server.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { loadConfig } from '@wide-open/api/core';
import { AppModule } from '../../apps/api/src/app.module';

async function main(): Promise<void> {
  const config = loadConfig({
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgres://unused/unused',
  });
  config.database.connect = false;
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.init();
  const schema = printSchema(app.get(GraphQLSchemaHost).schema);
  await app.close();
  const out = path.resolve(__dirname, '../../dist/schema.graphql');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== schema) fs.writeFileSync(out, schema);
  console.log(`GraphQL schema written to ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
