import { Controller, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ActiveMember, BadInputError, CurrentViewer, type Viewer } from '@wide-open/api/core';
import { UploadsService, type UploadView } from './uploads.service';

/**
 * `POST /uploads`: one multipart field `file`, an ACTIVE member's image. Multer keeps it in
 * memory up to UPLOAD_MAX_BYTES (more is 413) and the content decides whether it is an image.
 */
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @HttpCode(201)
  @ActiveMember()
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<UploadView> {
    if (!file) throw new BadInputError({ file: 'is required (multipart field "file")' });
    return this.uploads.create(viewer, file.buffer);
  }
}
