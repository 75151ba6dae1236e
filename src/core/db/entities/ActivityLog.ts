import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every change to the rollout: who, when, what before and after. Kept forever;
 * bulk changes are undone from it. Ids are plain columns, not foreign keys,
 * so the log outlives what it describes.
 */
@Entity({ name: 'activity_log' })
export class ActivityLog {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'datetime' })
  at!: Date;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  /** 'progress' | 'wave_member' | 'bulk' | 'undo' | ... */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  @Index('idx_activity_log_unit')
  @Column({ type: 'integer', name: 'unit_id', nullable: true })
  unitId!: number | null;

  @Column({ type: 'integer', name: 'stage_id', nullable: true })
  stageId!: number | null;

  @Column({ type: 'integer', name: 'wave_id', nullable: true })
  waveId!: number | null;

  @Index('idx_activity_log_bulk')
  @Column({ type: 'integer', name: 'bulk_id', nullable: true })
  bulkId!: number | null;

  /** JSON: { before, after } snapshots, or other facts of the change. */
  @Column({ type: 'text', default: '{}' })
  detail!: string;
}
