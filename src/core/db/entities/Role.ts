import {
  BeforeInsert, BeforeUpdate, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn,
} from 'typeorm';
import type { AccessLevel } from '../../../shared/access';
import { searchKey } from '../../text';
import { RoleRequirement } from './RoleRequirement';

/** A role the rollout method asks for (system owner, super-user ...). Editable; seeded by migration. */
@Entity({ name: 'role' })
export class Role {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** Stable key for seeded roles (later features look up e.g. 'local_support'); null for roles users add. */
  @Column({ type: 'varchar', length: 40, nullable: true, unique: true })
  key!: string | null;

  @Column({ type: 'varchar', length: 100, name: 'name_nb' })
  nameNb!: string;

  /** searchKey(nameNb): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_role_name_nb_key', { unique: true })
  @Column({ type: 'varchar', length: 100, name: 'name_nb_key', default: '' })
  nameNbKey!: string;

  @Column({ type: 'varchar', length: 100, name: 'name_en' })
  nameEn!: string;

  /** searchKey(nameEn): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_role_name_en_key', { unique: true })
  @Column({ type: 'varchar', length: 100, name: 'name_en_key', default: '' })
  nameEnKey!: string;

  @Column({ type: 'text', name: 'description_nb', default: '' })
  descriptionNb!: string;

  @Column({ type: 'text', name: 'description_en', default: '' })
  descriptionEn!: string;

  /** Elected at the annual meeting: «Bytt styre» ends these and only these. */
  @Column({ type: 'boolean', default: false })
  board!: boolean;

  /** What holding the role gives, over its unit and everything below it (src/shared/access.ts). */
  @Column({ type: 'varchar', length: 20, name: 'access_level', default: 'read' })
  accessLevel!: AccessLevel;

  /** Whether holding the role lets one export files (member lists) over the same units. */
  @Column({ type: 'boolean', name: 'can_export', default: false })
  canExport!: boolean;

  @Column({ type: 'integer', name: 'sort_order', default: 0 })
  sortOrder!: number;

  @OneToMany(() => RoleRequirement, (r) => r.role)
  requirements?: RoleRequirement[];

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillKeys(): void {
    this.nameNbKey = searchKey(this.nameNb);
    this.nameEnKey = searchKey(this.nameEn);
  }
}
