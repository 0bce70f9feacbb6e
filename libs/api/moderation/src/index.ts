export * from './lib/moderation.module';
export * from './lib/entities/report.entity';
