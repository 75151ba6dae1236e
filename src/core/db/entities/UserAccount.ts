import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './Person';

/**
 * A team server's sign-in account. It belongs to one person in the People register and
 * signs in with that person's e-mail, so the address lives in one place. A deactivated
 * account stays (the audit trail names it); erasing the person removes it.
 */
@Entity({ name: 'user_account' })
export class UserAccount {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @OneToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** argon2id (PHC string); null until the invitation is accepted. */
  @Column({ type: 'varchar', length: 200, name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  /** Administers the organization whatever roles the person holds: the first administrator's seed. */
  @Column({ type: 'boolean', name: 'is_admin', default: false })
  isAdmin!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'datetime', name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  @Column({ type: 'datetime', name: 'last_sign_in_at', nullable: true })
  lastSignInAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
