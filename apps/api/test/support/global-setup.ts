import './register-source-paths';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runMigrations, startEmbeddedPostgres, type EmbeddedDatabase } from '@wide-open/api/core';
import { migrations } from '@wide-open/migrations';
import { ENV_SERVER_URL, ENV_TEMPLATE, adminQuery, withDatabase } from './test-database';

declare global {
  var __woEmbedded: EmbeddedDatabase | undefined;
  var __woTmp: string | undefined;
}

/**
 * One real PostgreSQL for the run: DATABASE_URL's server when set, else an embedded one in a
 * temporary folder. Migrations are applied once to a template database that every suite copies.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-int-'));
    fs.chmodSync(tmp, 0o755); // PostgreSQL runs as `postgres` when the tests run as root
    globalThis.__woTmp = tmp;
    globalThis.__woEmbedded = await startEmbeddedPostgres({
      clusterDir: path.join(tmp, 'pg'),
      port: 0,
      database: 'postgres',
    });
    serverUrl = globalThis.__woEmbedded.url;
  }
  const template = `wo_template_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
  await runMigrations(withDatabase(serverUrl, template), migrations);
  process.env[ENV_SERVER_URL] = serverUrl;
  process.env[ENV_TEMPLATE] = template;
}
