import { Client } from 'pg';

/** Names the setup hands to the suites (through the environment, which jest workers inherit). */
export const ENV_SERVER_URL = 'WO_TEST_SERVER_URL';
export const ENV_TEMPLATE = 'WO_TEST_TEMPLATE_DB';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the migrated template: each suite starts from the same schema. */
export async function createSuiteDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env[ENV_SERVER_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!serverUrl || !template)
    throw new Error('Integration tests need the global setup (jest.int.config.cjs)');
  const name = `wo_suite_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  // TypeORM records generated columns per database name; the copy must answer to its own name.
  const client = new Client({ connectionString: withDatabase(serverUrl, name) });
  await client.connect();
  await client.query(`UPDATE typeorm_metadata SET database = current_database()`);
  await client.end();
  return {
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
