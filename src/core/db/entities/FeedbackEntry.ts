import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { searchKey } from '../../text';
import { Person } from './Person';
import { Stage } from './Stage';
import { Unit } from './Unit';

/**
 * «Innspill»: a need, problem, worry or idea raised for a unit, and the faggruppe's
 * answer. kind: 'need' | 'problem' | 'worry' | 'idea';
 * status: 'new' | 'under_review' | 'planned' | 'done' | 'declined'.
 */
@Entity({ name: 'feedback_entry' })
@Index('idx_feedback_entry_created', ['createdAt'])
export class FeedbackEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_feedback_entry_unit')
  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** searchKey(title): entries with the same title are one theme. */
  @Column({ type: 'varchar', length: 200, name: 'title_key', default: '' })
  titleKey!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Null when raised anonymously, or when the person was erased. */
  @Index('idx_feedback_entry_raised_by')
  @Column({ type: 'integer', name: 'raised_by_id', nullable: true })
  raisedById!: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'raised_by_id' })
  raisedBy?: Person | null;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Column({ type: 'integer', name: 'stage_id', nullable: true })
  stageId!: number | null;

  @ManyToOne(() => Stage, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'stage_id' })
  stage?: Stage | null;

  @Column({ type: 'varchar', length: 12, default: 'new' })
  status!: string;

  @Column({ type: 'text', default: '' })
  answer!: string;

  @Column({ type: 'varchar', length: 100, name: 'answer_signed_as', default: '' })
  answerSignedAs!: string;

  @Column({ type: 'datetime', name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  votes!: number;

  @Index('idx_feedback_entry_duplicate_of')
  @Column({ type: 'integer', name: 'duplicate_of_id', nullable: true })
  duplicateOfId!: number | null;

  @ManyToOne(() => FeedbackEntry, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf?: FeedbackEntry | null;

  @Column({ type: 'boolean', default: false })
  merged!: boolean;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillKey(): void {
    this.titleKey = searchKey(this.title);
  }
}
