import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Stage } from './Stage';
import { Wave } from './Wave';

/** The planned date of a stage for every unit in a wave (a unit may override it). */
@Entity({ name: 'wave_stage_date' })
@Index('idx_wave_stage_date_unique', ['waveId', 'stageId'], { unique: true })
export class WaveStageDate {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'wave_id' })
  waveId!: number;

  @ManyToOne(() => Wave, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'wave_id' })
  wave?: Wave;

  @Column({ type: 'integer', name: 'stage_id' })
  stageId!: number;

  @ManyToOne(() => Stage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id' })
  stage?: Stage;

  @Column({ type: 'varchar', length: 10, name: 'planned_date' })
  plannedDate!: string;
}
