import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataExportStatus } from '../entities/data-export.entity';

registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description: 'QUEUED → RUNNING → READY (downloadable until expiresAt) or FAILED.',
});

@ObjectType('DataExport', { description: 'A "download my data" archive of the viewer.' })
export class DataExportObject {
  @Field(() => ID) id!: string;
  @Field(() => DataExportStatus) status!: DataExportStatus;
  @Field(() => Int, { description: '0 to 100.' }) progress!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readyAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The archive is deleted after this.' })
  expiresAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Size of the gzipped archive.' })
  bytes!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'GET it with the session cookie or bearer token, while READY and not expired.',
  })
  downloadUrl!: string | null;
}
