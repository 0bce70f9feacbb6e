import { Module } from '@nestjs/common';
import { JournalModule } from '@wide-open/api/journal';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [JournalModule], providers: [DemoSeedService] })
export class DemoModule {}
