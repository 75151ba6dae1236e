import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Unit } from './Unit';

/**
 * «Bruk»: a unit's use of the new system in one Oslo month (YYYY-MM), from the CRM's
 * usage export (a person file is rolled up by home unit before it is stored). Deleting
 * a unit takes its usage with it: the figures are the CRM's, kept only to measure.
 */
@Entity({ name: 'usage_month' })
@Index('idx_usage_month_month', ['month'])
export class UsageMonth {
  @PrimaryColumn({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  month!: string;

  @Column({ type: 'integer', name: 'active_users', default: 0 })
  activeUsers!: number;

  @Column({ type: 'integer', name: 'sign_ins', default: 0 })
  signIns!: number;
}
