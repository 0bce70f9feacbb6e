import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UploadEntity } from '@wide-open/api/uploads';
import { PlaceEntity } from './place.entity';

/** A photo in a place's gallery, in the team's order. */
@Entity('place_photos')
export class PlacePhotoEntity {
  @PrimaryColumn('uuid', { name: 'place_id' }) placeId!: string;
  @PrimaryColumn('uuid', { name: 'upload_id' }) uploadId!: string;
  @Column('smallint') position!: number;
  @Column('varchar', { length: 200, nullable: true }) caption!: string | null;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'place_photos_place_fk' })
  place?: PlaceEntity;

  @ManyToOne(() => UploadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'upload_id', foreignKeyConstraintName: 'place_photos_upload_fk' })
  upload?: UploadEntity;
}
