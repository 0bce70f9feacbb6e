import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, IsNull } from 'typeorm';
import type { LoaderFactory } from '@wide-open/api/core';
import { PlaceEntity } from '@wide-open/api/places';
import { StoryStatus } from '@wide-open/shared/contracts';
import { StoryPlaceEntity } from '../entities/story-place.entity';
import { StoryEntity } from '../entities/story.entity';

/** Groups rows by a key, in the order of `keys`, with an empty list for keys without rows. */
function groupBy<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Each story's visible places, in the author's order (one query per request). */
@Injectable()
export class StoryPlacesLoader implements LoaderFactory<string, PlaceEntity[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, PlaceEntity[]>(async (storyIds) => {
      const links = await this.dataSource.manager.find(StoryPlaceEntity, {
        where: { storyId: In([...storyIds]), place: { hiddenAt: IsNull() } },
        relations: { place: true },
        order: { position: 'ASC' },
      });
      return groupBy(storyIds, links, (l) => l.storyId).map((group) => group.map((l) => l.place!));
    });
  }
}

/** Each place's published stories, newest first (one query per request). */
@Injectable()
export class PlaceStoriesLoader implements LoaderFactory<string, StoryEntity[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, StoryEntity[]>(async (placeIds) => {
      const links = await this.dataSource.manager.find(StoryPlaceEntity, {
        where: { placeId: In([...placeIds]), story: { status: StoryStatus.PUBLISHED } },
        relations: { story: true },
        order: { story: { publishedAt: 'DESC', id: 'DESC' } },
      });
      return groupBy(placeIds, links, (l) => l.placeId).map((group) => group.map((l) => l.story!));
    });
  }
}

/**
 * Whether the research tour visited each place: at least one published story is about it. A
 * cheap question the map asks for every marker, so it reads only the ids.
 */
@Injectable()
export class VisitedPlacesLoader implements LoaderFactory<string, boolean> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, boolean>(async (placeIds) => {
      const rows = await this.dataSource.query<Array<{ place_id: string }>>(
        `SELECT DISTINCT sp.place_id FROM story_places sp
           JOIN stories s ON s.id = sp.story_id AND s.status = $2
          WHERE sp.place_id = ANY($1::uuid[])`,
        [[...placeIds], StoryStatus.PUBLISHED],
      );
      const visited = new Set(rows.map((r) => r.place_id));
      return placeIds.map((id) => visited.has(id));
    });
  }
}

/** The story a discussion thread was opened for, if any (keys: thread ids). */
@Injectable()
export class ThreadStoryLoader implements LoaderFactory<string, StoryEntity | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, StoryEntity | null>(async (threadIds) => {
      const rows = await this.dataSource.manager
        .createQueryBuilder(StoryEntity, 's')
        .where('s.thread_id = ANY(:ids::uuid[])', { ids: [...threadIds] })
        .getMany();
      const byThread = new Map(rows.map((s) => [s.threadId, s]));
      return threadIds.map((id) => byThread.get(id) ?? null);
    });
  }
}

export const storyLoaders = [
  StoryPlacesLoader,
  PlaceStoriesLoader,
  VisitedPlacesLoader,
  ThreadStoryLoader,
];
