import { DataSource } from 'typeorm';
import { runMigrations } from '@wide-open/api/core';
import { migrations } from '@wide-open/migrations';
import { entities } from '../../src/entities';

const byName = (a: unknown, b: unknown) =>
  String((a as { name: string }).name).localeCompare(String((b as { name: string }).name));
import { createTestApp } from '../support/test-app';
import { adminQuery, withDatabase } from '../support/test-database';

describe('migrations', () => {
  it('describe exactly the schema the running app expects: generating a migration yields nothing', async () => {
    const t = await createTestApp();
    try {
      // The app's own DataSource: every entity every module registered.
      const pending = await t.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      // The tooling's entity list (migration generation) is exactly what the app registers.
      expect(t.dataSource.entityMetadatas.map((m) => m.target).sort(byName)).toEqual(
        [...entities].sort(byName),
      );
    } finally {
      await t.close();
    }
  });

  it('apply on an empty database, revert completely, and apply again', async () => {
    const serverUrl = process.env['WO_TEST_SERVER_URL']!;
    const name = `wo_migrate_${Date.now().toString(36)}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(serverUrl, name);
    try {
      const applied = await runMigrations(url, migrations);
      expect(applied).toHaveLength(migrations.length);
      expect(await runMigrations(url, migrations)).toEqual([]);

      const dataSource = new DataSource({
        type: 'postgres',
        url,
        migrations,
        migrationsTableName: 'migrations',
      });
      await dataSource.initialize();
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
      const tables = await dataSource.query<Array<{ tablename: string }>>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(tables).toEqual([]);
      await dataSource.destroy();
      expect(await runMigrations(url, migrations)).toHaveLength(migrations.length);
    } finally {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  it('let several instances start at once: each migration runs exactly once', async () => {
    const serverUrl = process.env['WO_TEST_SERVER_URL']!;
    const name = `wo_race_${Date.now().toString(36)}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = withDatabase(serverUrl, name);
    try {
      const results = await Promise.all([
        runMigrations(url, migrations),
        runMigrations(url, migrations),
        runMigrations(url, migrations),
      ]);
      expect(results.map((r) => r.length).sort()).toEqual([0, 0, migrations.length]);
    } finally {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
