import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { MemberEntity } from './member.entity';

/**
 * A server-side session. Only the SHA-256 of the token is stored, so a database leak does not
 * hand out live sessions. Revoking sets `revoked_at`; the row stays for the member's session list.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn('uuid') id!: string;

  @Index('sessions_member_idx')
  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'sessions_member_fk' })
  member?: MemberEntity;

  @Index('sessions_token_hash_key', { unique: true })
  @Column('char', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('varchar', { name: 'user_agent', length: 300, nullable: true }) userAgent!: string | null;
}
