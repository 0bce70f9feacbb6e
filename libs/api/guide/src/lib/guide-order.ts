import type { EntityManager } from 'typeorm';
import type { GuideStage } from '@wide-open/shared/contracts';

/** Not used elsewhere (migrations 7331001, admin bootstrap 7331002, demo seed 7331003). */
const GUIDE_ORDER_LOCK_KEY = 7_331_004;

/**
 * Serialises every change to the chapters' order until the transaction ends. Locking the stage's
 * rows (`SELECT ... FOR UPDATE`) would not be enough: an empty stage has no row to lock, and a
 * new chapter is not there yet, so two moves into the same stage could both take position 0.
 * Reorders are rare editors' actions, so one lock for the whole guide costs nothing. Take it
 * before locking any chapter row, so that every writer locks in the same order (no deadlock).
 */
export async function lockGuideOrder(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [GUIDE_ORDER_LOCK_KEY]);
}

/**
 * Puts the chapter at `position` (0-based; beyond the end: last) in `stage`, and numbers the
 * chapters of that stage, and of the stage it left, 0..n-1 again. Call under lockGuideOrder.
 */
export async function placeChapter(
  manager: EntityManager,
  chapter: { id: string; stage: GuideStage },
  stage: GuideStage,
  position: number,
): Promise<void> {
  const others = await stageOrder(manager, stage, chapter.id);
  others.splice(Math.min(position, others.length), 0, chapter.id);
  await renumber(manager, stage, others);
  if (stage !== chapter.stage)
    await renumber(manager, chapter.stage, await stageOrder(manager, chapter.stage, chapter.id));
}

/** After the last chapter of `stage`. Call under lockGuideOrder. */
export async function endOfStage(manager: EntityManager, stage: GuideStage): Promise<number> {
  const [{ next }] = await manager.query<Array<{ next: number }>>(
    'SELECT coalesce(max(position) + 1, 0)::int AS next FROM guide_chapters WHERE stage = $1',
    [stage],
  );
  return next;
}

/** The stage's chapters in reading order, without `leaving`. */
async function stageOrder(
  manager: EntityManager,
  stage: GuideStage,
  leaving: string,
): Promise<string[]> {
  const rows = await manager.query<Array<{ id: string }>>(
    'SELECT id FROM guide_chapters WHERE stage = $1 AND id <> $2 ORDER BY position, id',
    [stage, leaving],
  );
  return rows.map((r) => r.id);
}

/** Gives `ids` the stage and positions 0..n-1 in that order, writing only the rows that change. */
async function renumber(manager: EntityManager, stage: GuideStage, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `UPDATE guide_chapters AS c
        SET stage = $1, position = o.ord - 1
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord)
      WHERE c.id = o.id AND (c.stage <> $1 OR c.position <> o.ord - 1)`,
    [stage, ids],
  );
}
