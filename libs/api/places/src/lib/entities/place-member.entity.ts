import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { PlaceTeamRole } from '@wide-open/shared/contracts';
import { MemberEntity } from '@wide-open/api/accounts';
import { PlaceEntity } from './place.entity';

/** A member of a place's team. */
@Entity('place_members')
export class PlaceMemberEntity {
  @PrimaryColumn('uuid', { name: 'place_id' }) placeId!: string;

  @Index('place_members_member_idx')
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column({ type: 'enum', enum: PlaceTeamRole, enumName: 'place_team_role' }) role!: PlaceTeamRole;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @ManyToOne(() => PlaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'place_members_place_fk' })
  place?: PlaceEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'place_members_member_fk' })
  member?: MemberEntity;
}
