import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UploadsModule } from '@wide-open/api/uploads';
import { AccountDeletionService } from './deletion/account-deletion.service';
import { DataExportEntity } from './entities/data-export.entity';
import { DataExportBuilder } from './exports/data-export.builder';
import { DataExportsController } from './exports/data-exports.controller';
import { DataExportsService } from './exports/data-exports.service';
import { ExportFiles } from './exports/export-files';
import { FormerMemberResolver } from './former-member.resolver';
import { PrivacyResolver } from './privacy.resolver';

/** Members' data rights: download my data, delete my account. */
@Module({
  imports: [TypeOrmModule.forFeature([DataExportEntity]), UploadsModule],
  controllers: [DataExportsController],
  providers: [
    AccountDeletionService,
    DataExportBuilder,
    DataExportsService,
    ExportFiles,
    FormerMemberResolver,
    PrivacyResolver,
  ],
})
export class PrivacyModule {}
