import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search plans by how common a word is (bench/search.mjs, docs/performance.md): with the default
 * statistics PostgreSQL keeps the 1 000 most common lexemes of posts and takes any other word for
 * one in 0.4 % of a million posts; with 10 000 it knows a rare word is rare (the GIN index and a
 * few lookups) and a common one common (the primary key walked backwards). ANALYZE reads a
 * larger sample of posts for it (300 000 rows instead of 30 000).
 */
export class SearchStatistics1795666271599 implements MigrationInterface {
  name = 'SearchStatistics1795666271599';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" ALTER COLUMN "search" SET STATISTICS 1000');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" ALTER COLUMN "search" SET STATISTICS -1');
  }
}
