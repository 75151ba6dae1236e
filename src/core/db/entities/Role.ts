import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
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

  @Column({ type: 'varchar', length: 100, name: 'name_en' })
  nameEn!: string;

  @Column({ type: 'text', name: 'description_nb', default: '' })
  descriptionNb!: string;

  @Column({ type: 'text', name: 'description_en', default: '' })
  descriptionEn!: string;

  /** Elected at the annual meeting: «Bytt styre» ends these and only these. */
  @Column({ type: 'boolean', default: false })
  board!: boolean;

  @Column({ type: 'integer', name: 'sort_order', default: 0 })
  sortOrder!: number;

  @OneToMany(() => RoleRequirement, (r) => r.role)
  requirements?: RoleRequirement[];

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
