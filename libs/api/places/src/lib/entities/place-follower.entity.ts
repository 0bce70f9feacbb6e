import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '@wide-open/api/accounts';
import { PlaceEntity } from './place.entity';

/** A member following a place to hear of its news. */
@Entity('place_followers')
export class PlaceFollowerEntity {
  @PrimaryColumn('uuid', { name: 'place_id' }) placeId!: string;

  @Index('place_followers_member_idx')
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'place_followers_place_fk' })
  place?: PlaceEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'place_followers_member_fk' })
  member?: MemberEntity;
}
