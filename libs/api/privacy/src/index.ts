export * from './lib/privacy.module';
export * from './lib/entities/data-export.entity';
export * from './lib/exports/data-exports.service';
