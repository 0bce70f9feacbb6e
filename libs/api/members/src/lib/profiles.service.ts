import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, isUniqueViolation, NotFoundError, type Viewer } from '@wide-open/api/core';
import { MemberEntity } from '@wide-open/api/accounts';
import { UploadsService } from '@wide-open/api/uploads';
import type { UpdateProfileInput } from './dto/update-profile.input';

/** A member editing their own profile. */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
  ) {}

  async update(viewer: Viewer, input: UpdateProfileInput): Promise<MemberEntity> {
    const { avatarId, ...fields } = input;
    const changes: Partial<MemberEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (avatarId !== undefined) {
          if (avatarId === null) {
            Object.assign(changes, { avatarUploadId: null, avatarUrl: null });
          } else {
            const [upload] = await this.uploads.attach(
              manager,
              viewer.memberId,
              [avatarId],
              'avatarId',
            );
            Object.assign(changes, {
              avatarUploadId: upload.id,
              avatarUrl: this.uploads.url(upload, 'small'),
            });
          }
        }
        if (Object.keys(changes).length > 0)
          await manager.update(MemberEntity, { id: viewer.memberId }, changes);
        const member = await manager.findOneBy(MemberEntity, { id: viewer.memberId });
        if (!member) throw new NotFoundError('Member');
        return member;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('This handle is taken.', { handle: 'is already taken' });
      throw error;
    }
  }
}
