import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  AppError,
  BadInputError,
  InjectConfig,
  RateLimiterService,
  type AppConfig,
  type Viewer,
} from '@wide-open/api/core';
import { ErrorCode } from '@wide-open/shared/contracts';
import { UploadEntity, type ImageVariant } from './entities/upload.entity';
import { NotAnImageError, processImage } from './image-processor';
import { FILE_STORAGE, type FileStorage } from './storage/file-storage';

export class UnsupportedMediaError extends AppError {
  constructor(detail: string) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `This file is not an image we accept (${detail}). Use JPEG, PNG, WebP, GIF or AVIF.`,
    );
  }
  override get httpStatus(): number {
    return 415;
  }
}

export interface UploadView {
  id: string;
  url: string;
  width: number;
  height: number;
}

@Injectable()
export class UploadsService {
  constructor(
    @InjectRepository(UploadEntity) private readonly uploads: Repository<UploadEntity>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @InjectConfig() private readonly config: AppConfig,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  /** Re-encodes an image and stores its variants; the original bytes are never kept. */
  async create(viewer: Viewer, data: Buffer): Promise<UploadView> {
    await this.rateLimiter.consume(
      { name: 'uploads', points: this.config.rateLimits.uploadsPerHour, durationSeconds: 3600 },
      viewer.memberId,
    );
    let image;
    try {
      image = await processImage(data, this.config.uploads.maxPixels);
    } catch (error) {
      if (error instanceof NotAnImageError) throw new UnsupportedMediaError(error.message);
      throw error;
    }
    const id = uuidv7();
    const variants: Record<string, ImageVariant> = {};
    for (const variant of image.variants) {
      const key = `images/${id}/${variant.name}.webp`;
      await this.storage.put(key, variant.data, 'image/webp');
      variants[variant.name] = {
        key,
        width: variant.width,
        height: variant.height,
        bytes: variant.data.length,
      };
    }
    const upload = await this.uploads.save(
      this.uploads.create({
        id,
        ownerId: viewer.memberId,
        width: image.width,
        height: image.height,
        variants,
        attachedAt: null,
      }),
    );
    return this.view(upload);
  }

  view(upload: UploadEntity, variant: 'small' | 'medium' | 'large' = 'medium'): UploadView {
    const chosen = upload.variants[variant] ?? Object.values(upload.variants).at(-1)!;
    return {
      id: upload.id,
      url: this.storage.url(chosen.key),
      width: chosen.width,
      height: chosen.height,
    };
  }

  /** Deletes the stored files of uploads whose rows are gone (account deletion). */
  async removeFiles(uploads: Array<Pick<UploadEntity, 'variants'>>): Promise<void> {
    for (const upload of uploads) {
      for (const variant of Object.values(upload.variants)) await this.storage.delete(variant.key);
    }
  }

  url(upload: UploadEntity, variant: 'small' | 'medium' | 'large'): string {
    return this.view(upload, variant).url;
  }

  /**
   * Marks uploads as used by something the owner saves, inside the caller's transaction. Only
   * the uploader's own images can be attached; anything else is refused on the given field.
   */
  async attach(
    manager: EntityManager,
    ownerId: string,
    ids: string[],
    field: string,
  ): Promise<UploadEntity[]> {
    if (ids.length === 0) return [];
    const found = await manager.find(UploadEntity, { where: { id: In(ids), ownerId } });
    if (found.length !== new Set(ids).size) {
      throw new BadInputError({ [field]: 'must be images you uploaded' });
    }
    await manager.update(
      UploadEntity,
      { id: In(ids), attachedAt: IsNull() },
      { attachedAt: new Date() },
    );
    const byId = new Map(found.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id)!);
  }
}
