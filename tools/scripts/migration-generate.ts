/**
 * Writes a migration with the SQL that brings a database built by the existing migrations up to
 * the entities: `npm run migration:generate -- add-places`. Review the file before committing.
 * Uses DATABASE_URL when set, otherwise a throwaway embedded PostgreSQL.
 */
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runMigrations, startEmbeddedPostgres } from '@wide-open/api/core';
import { migrations } from '@wide-open/migrations';
import { entities } from '../../apps/api/src/entities';

const root = path.resolve(__dirname, '../..');

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new Error('Usage: npm run migration:generate -- <kebab-case-name>');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wo-migrate-'));
  fs.chmodSync(tmp, 0o755);
  const embedded = process.env['DATABASE_URL']
    ? undefined
    : await startEmbeddedPostgres({
        clusterDir: path.join(tmp, 'pg'),
        port: 0,
        database: 'postgres',
      });
  const serverUrl = process.env['DATABASE_URL'] ?? embedded!.url;
  const database = `wo_generate_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = withDatabase(serverUrl, database);
  try {
    await runMigrations(url, migrations);
    const dataSource = new DataSource({ type: 'postgres', url, entities });
    await dataSource.initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The migrations already match the entities: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className =
      name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()) + timestamp;
    const portable = (query: { query: string; parameters?: unknown[] }) =>
      withCurrentDatabase(query, database);
    const q = (raw: { query: string; parameters?: unknown[] }) => {
      const query = portable(raw);
      return formatQuery(query);
    };
    const formatQuery = (query: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${JSON.stringify(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const file = `${timestamp}-${name}`;
    fs.writeFileSync(
      path.join(root, 'migrations', `${file}.ts`),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${sql.upQueries.map(q).join('\n')}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${sql.downQueries.reverse().map(q).join('\n')}\n  }\n}\n`,
    );
    const index = path.join(root, 'migrations', 'index.ts');
    let text = fs.readFileSync(index, 'utf8');
    text = text.replace(
      /(\nexport const migrations)/,
      `import { ${className} } from './${file}';\n$1`,
    );
    text = text.replace(
      /= \[([^\]]*)\];/,
      (_m, list: string) =>
        `= [${[
          ...list
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          className,
        ].join(', ')}];`,
    );
    fs.writeFileSync(index, text);
    console.log(`Wrote migrations/${file}.ts (${sql.upQueries.length} statements)`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
    await embedded?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * TypeORM records generated columns in `typeorm_metadata` under the database's name; the
 * migration must name whatever database it runs in, not the throwaway one used here.
 */
function withCurrentDatabase(query: { query: string; parameters?: unknown[] }, database: string) {
  const params = query.parameters ?? [];
  const index = params.indexOf(database);
  if (index === -1 || !query.query.includes('typeorm_metadata')) return query;
  const placeholder = `$${index + 1}`;
  const renumbered = query.query
    .replace(placeholder, 'current_database()')
    .replace(/\$(\d+)/g, (m, n: string) => (Number(n) > index + 1 ? `$${Number(n) - 1}` : m));
  return { query: renumbered, parameters: params.filter((_, i) => i !== index) };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
