export * from './lib/journal.module';
export * from './lib/entities/story.entity';
export * from './lib/entities/story-place.entity';
export * from './lib/entities/story-revision.entity';
export * from './lib/entities/journal-follower.entity';
export * from './lib/story-editor.service';
export * from './lib/story-publisher.service';
