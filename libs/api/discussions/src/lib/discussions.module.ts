import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wide-open/api/notifications';
import { PlacesModule } from '@wide-open/api/places';
import { DiscussionAccessService } from './discussion-access.service';
import {
  PostFieldsResolver,
  PostSearchHitResolver,
  ThreadFieldsResolver,
} from './discussion-fields.resolver';
import { DiscussionSearchService } from './discussion-search.service';
import { DiscussionsGateway } from './discussions.gateway';
import { CategoryEntity } from './entities/category.entity';
import { PostReactionEntity } from './entities/post-reaction.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadSubscriptionEntity } from './entities/thread-subscription.entity';
import { ThreadEntity } from './entities/thread.entity';
import { HeldPostsResolver } from './held-posts/held-posts.resolver';
import { HeldPostsService } from './held-posts/held-posts.service';
import { discussionLoaders } from './loaders/discussion.loaders';
import { PostsService } from './posts.service';
import { ResearchExportController } from './research-export.controller';
import { ResearchExportService } from './research-export.service';
import { SubscriptionsService } from './subscriptions.service';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CategoryEntity,
      ThreadEntity,
      PostEntity,
      PostRevisionEntity,
      PostReactionEntity,
      ThreadSubscriptionEntity,
    ]),
    NotificationsModule,
    PlacesModule,
  ],
  controllers: [ResearchExportController],
  providers: [
    ...discussionLoaders,
    DiscussionAccessService,
    DiscussionSearchService,
    DiscussionsGateway,
    HeldPostsResolver,
    HeldPostsService,
    PostFieldsResolver,
    PostSearchHitResolver,
    PostsService,
    ResearchExportService,
    SubscriptionsService,
    ThreadFieldsResolver,
    ThreadsResolver,
    ThreadsService,
  ],
  exports: [ThreadsService],
})
export class DiscussionsModule {}
