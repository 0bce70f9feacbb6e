import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@wide-open/api/core';
import { UploadEntity } from './entities/upload.entity';
import { FILE_STORAGE } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file-storage';
import { UploadLoader } from './upload.loader';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UploadEntity]),
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.uploads.maxBytes, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [UploadsController],
  providers: [
    UploadsService,
    UploadLoader,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(config.uploads.dir),
    },
  ],
  exports: [UploadsService, UploadLoader],
})
export class UploadsModule {}
