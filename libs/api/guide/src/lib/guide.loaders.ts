import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, type LoaderFactory } from '@wide-open/api/core';
import { GuideChapterVersionEntity } from './entities/guide-chapter-version.entity';
import { GuideChapterEntity } from './entities/guide-chapter.entity';
import { GuideService } from './guide.service';

/** Versions by id (the published ones of a whole guide in one query). */
@Injectable()
export class GuideVersionLoader implements LoaderFactory<string, GuideChapterVersionEntity | null> {
  constructor(private readonly guide: GuideService) {}
  create() {
    return new DataLoader<string, GuideChapterVersionEntity | null>(async (ids) =>
      byKeys(ids, await this.guide.versionsByIds(ids), (v) => v.id),
    );
  }
}

/** Each chapter's newest version, keyed by chapter id. */
@Injectable()
export class GuideLatestVersionLoader implements LoaderFactory<
  string,
  GuideChapterVersionEntity | null
> {
  constructor(private readonly guide: GuideService) {}
  create() {
    return new DataLoader<string, GuideChapterVersionEntity | null>(async (chapterIds) =>
      byKeys(chapterIds, await this.guide.latestVersions(chapterIds), (v) => v.chapterId),
    );
  }
}

@Injectable()
export class GuideChapterLoader implements LoaderFactory<string, GuideChapterEntity | null> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  create() {
    return new DataLoader<string, GuideChapterEntity | null>(async (ids) =>
      byKeys(
        ids,
        await this.dataSource.manager.findBy(GuideChapterEntity, { id: In([...ids]) }),
        (c) => c.id,
      ),
    );
  }
}
