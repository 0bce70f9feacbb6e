import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlaceEntity } from '@wide-open/api/places';
import { StoryEntity } from './story.entity';

/** A place a story is about, in the author's order. */
@Entity('story_places')
@Index('story_places_place_idx', ['placeId'])
export class StoryPlaceEntity {
  @PrimaryColumn('uuid', { name: 'story_id', primaryKeyConstraintName: 'story_places_pkey' })
  storyId!: string;
  @PrimaryColumn('uuid', { name: 'place_id', primaryKeyConstraintName: 'story_places_pkey' })
  placeId!: string;
  @Column('smallint') position!: number;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id', foreignKeyConstraintName: 'story_places_story_fk' })
  story?: StoryEntity;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'story_places_place_fk' })
  place?: PlaceEntity;
}
