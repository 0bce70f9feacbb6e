export * from './lib/discussions.module';
export * from './lib/entities/category.entity';
export * from './lib/entities/thread.entity';
export * from './lib/entities/post.entity';
export * from './lib/entities/post-revision.entity';
export * from './lib/entities/post-reaction.entity';
export * from './lib/entities/thread-subscription.entity';
