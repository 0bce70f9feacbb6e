import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A private conversation between two members, or a small named group (up to 50). */
@Entity('conversations')
export class ConversationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @Column('boolean', { name: 'is_group', default: false }) isGroup!: boolean;
  @Column('varchar', { length: 100, nullable: true }) title!: string | null;
  /** For 1:1 conversations: the two member ids sorted and joined, so there is only one per pair. */
  @Index('conversations_pair_key', { unique: true })
  @Column('varchar', { name: 'pair_key', length: 73, nullable: true })
  pairKey!: string | null;
  @Index('conversations_last_message_idx')
  @Column('timestamptz', { name: 'last_message_at' })
  lastMessageAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
