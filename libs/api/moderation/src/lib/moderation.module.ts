import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@wide-open/api/notifications';
import { ModerationDashboardResolver } from './dashboard/moderation-dashboard.resolver';
import { ModerationDashboardService } from './dashboard/moderation-dashboard.service';
import { ReportEntity } from './entities/report.entity';
import {
  ModerationActionFieldsResolver,
  ModerationResolver,
  ReportsPerAuthorLoader,
} from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { ReportPathLoader } from './report-paths.loader';

@Module({
  imports: [TypeOrmModule.forFeature([ReportEntity]), NotificationsModule],
  providers: [
    ModerationActionFieldsResolver,
    ModerationDashboardResolver,
    ModerationDashboardService,
    ModerationResolver,
    ModerationService,
    ReportPathLoader,
    ReportsPerAuthorLoader,
  ],
})
export class ModerationModule {}
