import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from './UserAccount';

/**
 * One signed-in device. Only the SHA-256 of the random token is stored, so a copy of
 * the database signs nobody in. It ends at sign-out, at revocation, after the idle
 * limit or at its absolute expiry (src/core/accounts/sessions.ts).
 */
@Entity({ name: 'user_session' })
export class UserSession {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_user_session_user')
  @Column({ type: 'integer', name: 'user_id' })
  userId!: number;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Column({ type: 'varchar', length: 64, name: 'token_hash', unique: true })
  tokenHash!: string;

  /** What the browser says it is, trimmed: "Firefox on Windows". */
  @Column({ type: 'varchar', length: 120, default: '' })
  device!: string;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'datetime', name: 'last_used_at' })
  lastUsedAt!: Date;

  @Column({ type: 'datetime', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'datetime', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
