export * from './lib/uploads.module';
export * from './lib/uploads.service';
export * from './lib/upload.loader';
export * from './lib/entities/upload.entity';
