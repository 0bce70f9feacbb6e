import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscussionsModule } from '@wide-open/api/discussions';
import { NotificationsModule } from '@wide-open/api/notifications';
import { PlacesModule } from '@wide-open/api/places';
import { UploadsModule } from '@wide-open/api/uploads';
import { JournalFollowerEntity } from './entities/journal-follower.entity';
import { StoryPlaceEntity } from './entities/story-place.entity';
import { StoryRevisionEntity } from './entities/story-revision.entity';
import { StoryEntity } from './entities/story.entity';
import { JournalFeedController } from './feed/journal-feed.controller';
import { JournalFollowsService } from './journal-follows.service';
import { storyLoaders } from './loaders/story.loaders';
import { StoriesResolver } from './stories.resolver';
import { StoriesService } from './stories.service';
import { StoryEditorService } from './story-editor.service';
import {
  PlaceStoriesResolver,
  StoryFieldsResolver,
  ThreadStoryResolver,
} from './story-fields.resolver';
import { StoryPublisherService } from './story-publisher.service';

/**
 * The research journal: stories by the team and ambassadors about the places the tour visits,
 * drafts and publication, a discussion thread per story, followers, and an Atom feed.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      StoryEntity,
      StoryPlaceEntity,
      StoryRevisionEntity,
      JournalFollowerEntity,
    ]),
    DiscussionsModule,
    NotificationsModule,
    PlacesModule,
    UploadsModule,
  ],
  controllers: [JournalFeedController],
  providers: [
    ...storyLoaders,
    JournalFollowsService,
    PlaceStoriesResolver,
    StoriesResolver,
    StoriesService,
    StoryEditorService,
    StoryFieldsResolver,
    StoryPublisherService,
    ThreadStoryResolver,
  ],
  exports: [StoryEditorService, StoryPublisherService],
})
export class JournalModule {}
