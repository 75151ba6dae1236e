import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Each active unit's rollout state, derived from its stage progress, its wave and the
 * checklist, kept up to date in the transaction of every write that changes them
 * (derived/rollout-state.ts), so the Overview and the Timeline roll up rows instead of
 * working out every unit's stages. Time-dependent flags are stored as the date they
 * turn on, compared with today's Oslo date when read: no nightly job.
 */
@Entity({ name: 'unit_rollout_state' })
export class UnitRolloutState {
  @PrimaryColumn({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  /** The unit's region (level rank 1 above or at it), as regionResolver finds it; null above the regions. */
  @Index('idx_unit_rollout_state_region')
  @Column({ type: 'integer', name: 'region_id', nullable: true })
  regionId!: number | null;

  @Index('idx_unit_rollout_state_wave')
  @Column({ type: 'integer', name: 'wave_id', nullable: true })
  waveId!: number | null;

  /** The wave's planned end: at risk from atRiskDays before it while too little is done. */
  @Column({ type: 'varchar', length: 10, name: 'wave_end', nullable: true })
  waveEnd!: string | null;

  @Column({ type: 'integer', name: 'done_stages', default: 0 })
  doneStages!: number;

  /** position.ts: 'not_planned', 'not_started' or 'done' (through done_through_stage_id). */
  @Column({ type: 'varchar', length: 16, name: 'position_kind' })
  positionKind!: string;

  @Column({ type: 'integer', name: 'done_through_stage_id', nullable: true })
  doneThroughStageId!: number | null;

  @Column({ type: 'boolean', default: false })
  blocked!: boolean;

  /** The earliest planned date of a stage not done: the unit is late once today is after it. */
  @Column({ type: 'varchar', length: 10, name: 'late_after', nullable: true })
  lateAfter!: string | null;

  /** The earliest done date of any done stage (the Timeline's actual start). */
  @Column({ type: 'varchar', length: 10, name: 'first_done_date', nullable: true })
  firstDoneDate!: string | null;

  /** Whether the 'live' stage (the last one without it) is done, and its done date. */
  @Column({ type: 'boolean', name: 'live_done', default: false })
  liveDone!: boolean;

  @Column({ type: 'varchar', length: 10, name: 'live_done_date', nullable: true })
  liveDoneDate!: string | null;

  /** A stage with the 'super_user_filled' or 'basic_training' rule is not done: the rule may propose it. */
  @Column({ type: 'boolean', name: 'super_user_open', default: false })
  superUserOpen!: boolean;

  @Column({ type: 'boolean', name: 'basic_training_open', default: false })
  basicTrainingOpen!: boolean;
}
