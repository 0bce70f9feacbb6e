import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wide-open/api/notifications';
import { PlacesModule } from '@wide-open/api/places';
import { GuideChapterVersionEntity } from './entities/guide-chapter-version.entity';
import { GuideChapterEntity } from './entities/guide-chapter.entity';
import { GuideSuggestionEntity } from './entities/guide-suggestion.entity';
import {
  GuideChapterFieldsResolver,
  GuideSuggestionFieldsResolver,
  GuideVersionFieldsResolver,
} from './guide-fields.resolver';
import { GuideSuggestionsService } from './guide-suggestions.service';
import { GuideChapterLoader, GuideLatestVersionLoader, GuideVersionLoader } from './guide.loaders';
import { GuideResolver } from './guide.resolver';
import { GuideService } from './guide.service';
import { GuidePdfController } from './pdf/guide-pdf.controller';
import { GuidePdfService } from './pdf/guide-pdf.service';
import {
  GuideLessonLoader,
  GuidePlaceBySlugLoader,
  GuideReferenceResolver,
} from './references/reference.loaders';

/** The guide "from idea to action": versioned chapters by stage, live references, suggestions, PDF. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      GuideChapterEntity,
      GuideChapterVersionEntity,
      GuideSuggestionEntity,
    ]),
    NotificationsModule,
    PlacesModule,
  ],
  controllers: [GuidePdfController],
  providers: [
    GuideChapterFieldsResolver,
    GuideChapterLoader,
    GuideLatestVersionLoader,
    GuideLessonLoader,
    GuidePdfService,
    GuidePlaceBySlugLoader,
    GuideReferenceResolver,
    GuideResolver,
    GuideService,
    GuideSuggestionFieldsResolver,
    GuideSuggestionsService,
    GuideVersionFieldsResolver,
    GuideVersionLoader,
  ],
})
export class GuideModule {}
