import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportCase } from './SupportCase';

/**
 * One tier's SLA clock for one case, kept up to date as events are written
 * (so metrics over hundreds of thousands of cases are plain aggregates). The
 * clock runs per tier, so a breach is charged to the tier that held the case.
 * Minutes are counted as the tier's policy says (business hours or all hours),
 * with waiting-for-the-user periods left out.
 */
@Entity({ name: 'case_tier_clock' })
@Index('idx_case_tier_clock_unique', ['caseId', 'tier'], { unique: true })
export class CaseTierClock {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'case_id' })
  caseId!: number;

  @ManyToOne(() => SupportCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: SupportCase;

  @Index('idx_case_tier_clock_tier')
  @Column({ type: 'varchar', length: 10 })
  tier!: string;

  /** When the case first reached this tier. */
  @Column({ type: 'datetime', name: 'arrived_at' })
  arrivedAt!: Date;

  /** Counted minutes from arrival to the tier's first response; null until it responds. */
  @Column({ type: 'integer', name: 'response_minutes', nullable: true })
  responseMinutes!: number | null;

  /** Counted minutes the tier held the case (until resolved or escalated away), so far. */
  @Column({ type: 'integer', name: 'held_minutes', default: 0 })
  heldMinutes!: number;

  @Column({ type: 'boolean', name: 'response_breached', default: false })
  responseBreached!: boolean;

  @Column({ type: 'boolean', name: 'resolution_breached', default: false })
  resolutionBreached!: boolean;
}
