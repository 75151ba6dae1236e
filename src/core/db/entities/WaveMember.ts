import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Unit } from './Unit';
import { Wave } from './Wave';

/** A unit's wave. The unit id is the key: a unit is in one wave at a time. Moves are logged. */
@Entity({ name: 'wave_member' })
export class WaveMember {
  @PrimaryColumn({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Index('idx_wave_member_wave')
  @Column({ type: 'integer', name: 'wave_id' })
  waveId!: number;

  @ManyToOne(() => Wave, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'wave_id' })
  wave?: Wave;

  /** Why a single unit was moved out of its region's wave; empty when planned by region. */
  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ type: 'datetime', name: 'changed_at' })
  changedAt!: Date;
}
