import {
  BeforeInsert, BeforeUpdate, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn,
} from 'typeorm';
import { searchKey } from '../../text';

/** A step of the rollout, in order. Editable; the six of the method are seeded by migration. */
@Entity({ name: 'stage' })
export class Stage {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** Stable key for seeded stages; null for stages users add. */
  @Column({ type: 'varchar', length: 40, nullable: true, unique: true })
  key!: string | null;

  @Column({ type: 'varchar', length: 100, name: 'name_nb' })
  nameNb!: string;

  /** searchKey(nameNb): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_stage_name_nb_key', { unique: true })
  @Column({ type: 'varchar', length: 100, name: 'name_nb_key', default: '' })
  nameNbKey!: string;

  @Column({ type: 'varchar', length: 100, name: 'name_en' })
  nameEn!: string;

  /** searchKey(nameEn): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_stage_name_en_key', { unique: true })
  @Column({ type: 'varchar', length: 100, name: 'name_en_key', default: '' })
  nameEnKey!: string;

  @Column({ type: 'text', name: 'description_nb', default: '' })
  descriptionNb!: string;

  @Column({ type: 'text', name: 'description_en', default: '' })
  descriptionEn!: string;

  @Column({ type: 'integer', name: 'sort_order' })
  sortOrder!: number;

  /**
   * A computed "done when" rule: the app proposes completion and a person
   * confirms. 'super_user_filled' | 'basic_training' | null.
   */
  @Column({ type: 'varchar', length: 40, nullable: true })
  rule!: string | null;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillKeys(): void {
    this.nameNbKey = searchKey(this.nameNb);
    this.nameEnKey = searchKey(this.nameEn);
  }
}
