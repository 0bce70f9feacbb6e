import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, type LoaderFactory, type Loaders } from '@wide-open/api/core';
import { LessonEntity, PlaceEntity } from '@wide-open/api/places';
import { GuideReferenceKind, type GuideReferenceObject } from '../dto/guide.objects';
import { isWellFormed, referenceId, type ReferenceToken } from './references';

/** Lessons by id with their place, for every reference on the page in one query. */
@Injectable()
export class GuideLessonLoader implements LoaderFactory<string, LessonEntity | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, LessonEntity | null>(async (ids) =>
      byKeys(
        ids,
        await this.dataSource.manager.find(LessonEntity, {
          where: { id: In([...ids]) },
          relations: { place: true },
        }),
        (l) => l.id,
      ),
    );
  }
}

/** Places by slug, batched per request. */
@Injectable()
export class GuidePlaceBySlugLoader implements LoaderFactory<string, PlaceEntity | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, PlaceEntity | null>(async (slugs) =>
      byKeys(
        slugs,
        await this.dataSource.manager.findBy(PlaceEntity, { slug: In([...slugs]) }),
        (p) => p.slug,
      ),
    );
  }
}

/**
 * Turns tokens into what readers see, through the request's loaders: however many chapters and
 * references a page shows, lessons take one query and places one. A hidden place, a lesson of a
 * hidden place, or anything deleted is `available: false`.
 */
@Injectable()
export class GuideReferenceResolver {
  constructor(
    private readonly lessons: GuideLessonLoader,
    private readonly places: GuidePlaceBySlugLoader,
  ) {}

  resolve(loaders: Loaders, refs: ReferenceToken[]): Promise<GuideReferenceObject[]> {
    return Promise.all(refs.map((ref) => this.resolveOne(loaders, ref)));
  }

  private async resolveOne(loaders: Loaders, ref: ReferenceToken): Promise<GuideReferenceObject> {
    const base = {
      key: ref.key,
      token: referenceId(ref),
      available: false,
      title: null,
      path: null,
      placeName: null,
      city: null,
    };
    if (!isWellFormed(ref)) return { ...base, kind: GuideReferenceKind[ref.kind] };
    if (ref.kind === 'LESSON') {
      const lesson = await loaders.get(this.lessons).load(ref.key);
      const place = lesson?.place;
      if (!lesson || !place || place.hiddenAt) return { ...base, kind: GuideReferenceKind.LESSON };
      return {
        ...base,
        kind: GuideReferenceKind.LESSON,
        available: true,
        title: lesson.title,
        path: `/places/${place.slug}#lesson-${lesson.id}`,
        placeName: place.name,
        city: place.city,
      };
    }
    const place = await loaders.get(this.places).load(ref.key);
    if (!place || place.hiddenAt) return { ...base, kind: GuideReferenceKind.PLACE };
    return {
      ...base,
      kind: GuideReferenceKind.PLACE,
      available: true,
      title: place.name,
      path: `/places/${place.slug}`,
      placeName: place.name,
      city: place.city,
    };
  }
}
