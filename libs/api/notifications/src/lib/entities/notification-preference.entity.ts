import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NotificationDelivery } from '@wide-open/shared/contracts';
import { MemberEntity } from '@wide-open/api/accounts';

/** A member's choice for one type of notification; without a row, the type's default applies. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'member_id' }) memberId!: string;
  /** A `NotificationType`. */
  @PrimaryColumn('varchar', { length: 40 }) type!: string;
  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery!: NotificationDelivery;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'notification_preferences_member_fk' })
  member?: MemberEntity;
}
