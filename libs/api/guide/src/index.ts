export * from './lib/guide.module';
export * from './lib/entities/guide-chapter.entity';
export * from './lib/entities/guide-chapter-version.entity';
export * from './lib/entities/guide-suggestion.entity';
