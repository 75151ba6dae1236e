import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrainingType } from './TrainingType';
import { Unit } from './Unit';

/** One held (or planned) training session. format: 'in_person' | 'digital' | 'elearning' | 'video'. */
@Entity({ name: 'training_session' })
export class TrainingSession {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_training_session_type')
  @Column({ type: 'integer', name: 'type_id' })
  typeId!: number;

  @ManyToOne(() => TrainingType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type?: TrainingType;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Index('idx_training_session_unit')
  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 12 })
  format!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  trainer!: string;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
