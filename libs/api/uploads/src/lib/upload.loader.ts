import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { byKeys, type LoaderFactory } from '@wide-open/api/core';
import { UploadEntity } from './entities/upload.entity';

/** Uploads by id, batched per request (avatars and place photos). */
@Injectable()
export class UploadLoader implements LoaderFactory<string, UploadEntity | null> {
  constructor(@InjectRepository(UploadEntity) private readonly uploads: Repository<UploadEntity>) {}

  create(): DataLoader<string, UploadEntity | null> {
    return new DataLoader(async (ids) =>
      byKeys(ids, await this.uploads.findBy({ id: In([...ids]) }), (u) => u.id),
    );
  }
}
