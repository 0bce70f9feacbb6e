import { Module } from '@nestjs/common';
import { UploadsModule } from '@wide-open/api/uploads';
import { DirectoryService } from './directory.service';
import { MembersResolver } from './members.resolver';
import { ProfilesService } from './profiles.service';

/** Profiles and the member directory (members themselves live in accounts). */
@Module({
  imports: [UploadsModule],
  providers: [DirectoryService, MembersResolver, ProfilesService],
  exports: [DirectoryService],
})
export class MembersModule {}
