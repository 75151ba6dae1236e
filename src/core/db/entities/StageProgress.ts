import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Stage } from './Stage';
import { Unit } from './Unit';

/**
 * Where one unit stands on one stage. No row means "not started" with the
 * wave's planned date. state: 'not_started' | 'in_progress' | 'done' | 'blocked'.
 */
@Entity({ name: 'stage_progress' })
@Index('idx_stage_progress_unique', ['unitId', 'stageId'], { unique: true })
export class StageProgress {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Index('idx_stage_progress_stage')
  @Column({ type: 'integer', name: 'stage_id' })
  stageId!: number;

  @ManyToOne(() => Stage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: Stage;

  @Column({ type: 'varchar', length: 16 })
  state!: string;

  @Column({ type: 'text', name: 'blocked_reason', default: '' })
  blockedReason!: string;

  /** Overrides the wave's date for this unit; null = the wave's. */
  @Column({ type: 'varchar', length: 10, name: 'planned_date', nullable: true })
  plannedDate!: string | null;

  @Column({ type: 'varchar', length: 10, name: 'done_date', nullable: true })
  doneDate!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'varchar', length: 100, name: 'changed_by' })
  changedBy!: string;

  @Column({ type: 'datetime', name: 'changed_at' })
  changedAt!: Date;
}
