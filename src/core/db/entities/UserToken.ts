import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from './UserAccount';

/** A one-time invitation or password-reset code; stored as its SHA-256 only. */
@Entity({ name: 'user_token' })
export class UserToken {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_user_token_user')
  @Column({ type: 'integer', name: 'user_id' })
  userId!: number;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  /** 'invite' or 'reset'. */
  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ type: 'varchar', length: 64, name: 'code_hash', unique: true })
  codeHash!: string;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'datetime', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'datetime', name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
