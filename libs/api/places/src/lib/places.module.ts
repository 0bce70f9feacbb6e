import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wide-open/api/notifications';
import { UploadsModule } from '@wide-open/api/uploads';
import { LessonEntity } from './entities/lesson.entity';
import { PlaceFollowerEntity } from './entities/place-follower.entity';
import { PlaceMemberEntity } from './entities/place-member.entity';
import { PlacePhotoEntity } from './entities/place-photo.entity';
import { PlaceEntity } from './entities/place.entity';
import { FollowsService } from './follows.service';
import { LessonFieldsResolver, PlaceLoader } from './lesson-fields.resolver';
import { LessonsService } from './lessons.service';
import { placeLoaders } from './loaders/place-relations.loaders';
import { MemberPlacesResolver } from './member-places.resolver';
import { PlaceAccessService } from './place-access.service';
import { PlaceEditorService } from './place-editor.service';
import { PlaceFieldsResolver } from './place-fields.resolver';
import { PlaceTeamService } from './place-team.service';
import { PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      PlaceEntity,
      PlaceMemberEntity,
      PlaceFollowerEntity,
      PlacePhotoEntity,
      LessonEntity,
    ]),
    UploadsModule,
    NotificationsModule,
  ],
  providers: [
    ...placeLoaders,
    FollowsService,
    LessonFieldsResolver,
    LessonsService,
    MemberPlacesResolver,
    PlaceAccessService,
    PlaceEditorService,
    PlaceFieldsResolver,
    PlaceLoader,
    PlaceTeamService,
    PlacesResolver,
    PlacesService,
  ],
  exports: [PlacesService, PlaceLoader, TypeOrmModule],
})
export class PlacesModule {}
