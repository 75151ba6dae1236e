import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Problem } from './Problem';
import { Unit } from './Unit';

/**
 * A login problem someone could not solve alone. The reporter is kept to a
 * name and an optional contact line: personal data stays minimal.
 * state: 'open' | 'waiting' | 'resolved'; tier: where the case is now.
 */
@Entity({ name: 'support_case' })
@Index('idx_support_case_opened', ['openedAt'])
@Index('idx_support_case_state', ['state'])
export class SupportCase {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_support_case_unit')
  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 200, name: 'reporter_name' })
  reporterName!: string;

  @Column({ type: 'varchar', length: 200, name: 'reporter_contact', default: '' })
  reporterContact!: string;

  @Index('idx_support_case_problem')
  @Column({ type: 'integer', name: 'problem_id', nullable: true })
  problemId!: number | null;

  @ManyToOne(() => Problem, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'problem_id' })
  problem?: Problem | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 10 })
  tier!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: string;

  @Column({ type: 'datetime', name: 'opened_at' })
  openedAt!: Date;

  @Column({ type: 'datetime', name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  /** The tier that solved it; 'chapter' counts as solved locally. */
  @Column({ type: 'varchar', length: 10, name: 'resolved_tier', nullable: true })
  resolvedTier!: string | null;

  @Column({ type: 'text', default: '' })
  resolution!: string;

  // The holding tier's due times, stored at every event (support/due-store.ts) so the
  // case list reads them instead of replaying events: null once met, resolved, or when a
  // paused clock will not reach the target.
  @Column({ type: 'datetime', name: 'response_due_at', nullable: true })
  responseDueAt!: Date | null;

  @Column({ type: 'datetime', name: 'resolution_due_at', nullable: true })
  resolutionDueAt!: Date | null;

  /** From when the case counts as overdue (null: resolved, or a paused clock short of its targets). */
  @Index('idx_support_case_overdue')
  @Column({ type: 'datetime', name: 'overdue_at', nullable: true })
  overdueAt!: Date | null;
}
