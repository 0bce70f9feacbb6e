import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts carry their thread's category so that search can filter by category through an index.
 * Triggers keep the copy right for every writer (the API, bulk loads, a thread moved by a
 * moderator), so no code path has to remember it.
 */
export class PostCategory1795687480035 implements MigrationInterface {
  name = 'PostCategory1795687480035';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "posts" ADD "category_id" uuid');
    await queryRunner.query(
      'UPDATE "posts" p SET "category_id" = t."category_id" FROM "threads" t WHERE t."id" = p."thread_id"',
    );
    await queryRunner.query('ALTER TABLE "posts" ALTER COLUMN "category_id" SET NOT NULL');
    await queryRunner.query('CREATE INDEX "posts_category_idx" ON "posts" ("category_id", "id")');
    // A post takes its thread's category, whatever the insert said.
    await queryRunner.query(`CREATE FUNCTION posts_take_thread_category() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT category_id INTO NEW.category_id FROM threads WHERE id = NEW.thread_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER posts_take_thread_category BEFORE INSERT OR UPDATE OF thread_id ON "posts"
      FOR EACH ROW EXECUTE FUNCTION posts_take_thread_category()`);
    // A thread moved to another category takes its posts along.
    await queryRunner.query(`CREATE FUNCTION threads_move_posts_category() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE posts SET category_id = NEW.category_id WHERE thread_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER threads_move_posts_category AFTER UPDATE OF category_id ON "threads"
      FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id)
      EXECUTE FUNCTION threads_move_posts_category()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "threads_move_posts_category" ON "threads"');
    await queryRunner.query('DROP FUNCTION threads_move_posts_category()');
    await queryRunner.query('DROP TRIGGER "posts_take_thread_category" ON "posts"');
    await queryRunner.query('DROP FUNCTION posts_take_thread_category()');
    await queryRunner.query('DROP INDEX "public"."posts_category_idx"');
    await queryRunner.query('ALTER TABLE "posts" DROP COLUMN "category_id"');
  }
}
