import {
  BeforeInsert, BeforeUpdate, Column, CreateDateColumn, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn,
} from 'typeorm';
import { searchKey } from '../../text';
import { Role } from './Role';

/** A kind of training session (basic, advanced, refresher ...). Editable; seeded by migration. */
@Entity({ name: 'training_type' })
export class TrainingType {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 40, nullable: true, unique: true })
  key!: string | null;

  @Column({ type: 'varchar', length: 100, name: 'name_nb' })
  nameNb!: string;

  /** searchKey(nameNb): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_training_type_name_nb_key', { unique: true })
  @Column({ type: 'varchar', length: 100, name: 'name_nb_key', default: '' })
  nameNbKey!: string;

  @Column({ type: 'varchar', length: 100, name: 'name_en' })
  nameEn!: string;

  /** searchKey(nameEn): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_training_type_name_en_key', { unique: true })
  @Column({ type: 'varchar', length: 100, name: 'name_en_key', default: '' })
  nameEnKey!: string;

  @Column({ type: 'text', name: 'description_nb', default: '' })
  descriptionNb!: string;

  @Column({ type: 'text', name: 'description_en', default: '' })
  descriptionEn!: string;

  /** How long attendance counts; null = for good. */
  @Column({ type: 'integer', name: 'validity_months', nullable: true })
  validityMonths!: number | null;

  /** Required for every role holder; otherwise for the holders of `roles`. */
  @Column({ type: 'boolean', name: 'required_for_all', default: false })
  requiredForAll!: boolean;

  @ManyToMany(() => Role)
  @JoinTable({
    name: 'training_type_role',
    joinColumn: { name: 'training_type_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'role_id', referencedColumnName: 'id' },
  })
  roles?: Role[];

  /** E-learning and instruction videos: a JSON array of { kind, label, url } (shared/links.ts). */
  @Column({ type: 'text', default: '[]' })
  links!: string;

  @Column({ type: 'integer', name: 'sort_order' })
  sortOrder!: number;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillKeys(): void {
    this.nameNbKey = searchKey(this.nameNb);
    this.nameEnKey = searchKey(this.nameEn);
  }
}
