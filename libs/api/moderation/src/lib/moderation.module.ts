import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wide-open/api/notifications';
import { ReportEntity } from './entities/report.entity';
import {
  ModerationActionFieldsResolver,
  ModerationResolver,
  ReportsPerAuthorLoader,
} from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity]), NotificationsModule],
  providers: [
    ModerationActionFieldsResolver,
    ModerationResolver,
    ModerationService,
    ReportsPerAuthorLoader,
  ],
})
export class ModerationModule {}
