import { useMutation } from '@apollo/client/react';
import { ActionIcon, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guideQuery, moveGuideChapterMutation } from '../guide.documents';

type Direction = 'up' | 'down';
/** Where a move takes a chapter: a 0-based position in a stage (beyond the end: last). */
export interface MoveTarget {
  stage: string;
  position: number;
}
interface Section {
  stage: string;
  chapters: ReadonlyArray<{ id: string }>;
}

/**
 * Up and down walk the whole guide: past the top of a stage the chapter goes last in the stage
 * before, past the bottom first in the stage after. So the same two buttons also change stages,
 * and nowhere else needs a stage-and-position form.
 */
export function moveTargets(
  sections: readonly Section[],
  stageIndex: number,
  chapterIndex: number,
): Record<Direction, MoveTarget | null> {
  const here = sections[stageIndex];
  const before = sections[stageIndex - 1];
  const after = sections[stageIndex + 1];
  const up =
    chapterIndex > 0
      ? { stage: here.stage, position: chapterIndex - 1 }
      : before
        ? { stage: before.stage, position: before.chapters.length }
        : null;
  const down =
    chapterIndex < here.chapters.length - 1
      ? { stage: here.stage, position: chapterIndex + 1 }
      : after
        ? { stage: after.stage, position: 0 }
        : null;
  return { up, down };
}

const buttonId = (direction: Direction, chapterId: string) =>
  `guide-move-${direction}-${chapterId}`;

/**
 * Moves chapters and says so in `message` (for a polite live region). The moved chapter's list
 * item is drawn anew in its new place, so focus goes back to its button (the other one once it
 * reached an end of the guide), where a keyboard user can press again.
 */
export function useChapterMoves() {
  const { t } = useTranslation('guide');
  const [move, { loading }] = useMutation(moveGuideChapterMutation, {
    refetchQueries: [guideQuery],
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState('');
  const [moved, setMoved] = useState<{ id: string; direction: Direction } | null>(null);

  useEffect(() => {
    if (!moved) return;
    const other = moved.direction === 'up' ? 'down' : 'up';
    const button = document.getElementById(buttonId(moved.direction, moved.id));
    const target =
      button && !button.hasAttribute('disabled')
        ? button
        : document.getElementById(buttonId(other, moved.id));
    target?.focus();
  }, [moved]);

  const run = async (id: string, title: string, direction: Direction, to: MoveTarget) => {
    if (loading) return;
    try {
      await move({ variables: { chapterId: id, stage: to.stage, position: to.position } });
      setMessage(
        t('order.moved', { title, stage: t(`stage.${to.stage}`), position: to.position + 1 }),
      );
      setMoved({ id, direction });
    } catch {
      setMessage(t('order.failed', { title }));
    }
  };
  return { message, move: run };
}

/** "Move up" and "Move down" for one chapter, named after it; disabled at the guide's ends. */
export function ChapterMoveButtons({
  chapterId,
  title,
  targets,
  onMove,
}: {
  chapterId: string;
  title: string;
  targets: Record<Direction, MoveTarget | null>;
  onMove: (direction: Direction, to: MoveTarget) => void;
}) {
  const { t } = useTranslation('guide');
  const button = (direction: Direction, arrow: string) => {
    const to = targets[direction];
    return (
      <ActionIcon
        id={buttonId(direction, chapterId)}
        variant="outline"
        size="lg"
        disabled={!to}
        onClick={() => to && onMove(direction, to)}
        aria-label={t(`order.${direction}`, { title })}
      >
        <span aria-hidden="true">{arrow}</span>
      </ActionIcon>
    );
  };
  return (
    <Group gap={4} wrap="nowrap">
      {button('up', '↑')}
      {button('down', '↓')}
    </Group>
  );
}
