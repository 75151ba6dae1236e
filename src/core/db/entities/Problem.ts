import {
  BeforeInsert, BeforeUpdate, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn,
} from 'typeorm';
import { searchKey } from '../../text';

/**
 * A known login problem with its self-help guide. Editable; the real cases
 * (Entra ID, BankID, MinID, general) are seeded by migration.
 */
@Entity({ name: 'problem' })
export class Problem {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 40, nullable: true, unique: true })
  key!: string | null;

  @Column({ type: 'varchar', length: 200, name: 'title_nb' })
  titleNb!: string;

  /** searchKey(titleNb): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_problem_title_nb_key', { unique: true })
  @Column({ type: 'varchar', length: 200, name: 'title_nb_key', default: '' })
  titleNbKey!: string;

  @Column({ type: 'varchar', length: 200, name: 'title_en' })
  titleEn!: string;

  /** searchKey(titleEn): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_problem_title_en_key', { unique: true })
  @Column({ type: 'varchar', length: 200, name: 'title_en_key', default: '' })
  titleEnKey!: string;

  @Column({ type: 'text', name: 'symptoms_nb', default: '' })
  symptomsNb!: string;

  @Column({ type: 'text', name: 'symptoms_en', default: '' })
  symptomsEn!: string;

  /** Self-help steps, one per line. */
  @Column({ type: 'text', name: 'steps_nb', default: '' })
  stepsNb!: string;

  @Column({ type: 'text', name: 'steps_en', default: '' })
  stepsEn!: string;

  /** The lowest tier that may resolve it: 'chapter' | 'region' | 'national' | 'vendor'. */
  @Column({ type: 'varchar', length: 10, name: 'resolve_tier' })
  resolveTier!: string;

  /** What the person fixing it needs, e.g. admin rights. */
  @Column({ type: 'text', name: 'needs_nb', default: '' })
  needsNb!: string;

  @Column({ type: 'text', name: 'needs_en', default: '' })
  needsEn!: string;

  /** Error codes it matches, upper-case, one per line (AADSTS50053, BID-1439). */
  @Column({ type: 'text', default: '' })
  codes!: string;

  /** Message fragments it matches, lower-case, one per line. */
  @Column({ type: 'text', default: '' })
  fragments!: string;

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
    this.titleNbKey = searchKey(this.titleNb);
    this.titleEnKey = searchKey(this.titleEn);
  }
}
