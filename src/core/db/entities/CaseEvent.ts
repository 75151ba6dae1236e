import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportCase } from './SupportCase';

/**
 * What happened to a case, in order. kind: 'opened' | 'first_response' |
 * 'escalated' | 'waiting' | 'resumed' | 'resolved' | 'reopened' | 'corrected'.
 */
@Entity({ name: 'case_event' })
@Index('idx_case_event_case', ['caseId', 'at'])
export class CaseEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'case_id' })
  caseId!: number;

  @ManyToOne(() => SupportCase, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: SupportCase;

  @Column({ type: 'datetime' })
  at!: Date;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 10, name: 'from_tier', nullable: true })
  fromTier!: string | null;

  @Column({ type: 'varchar', length: 10, name: 'to_tier', nullable: true })
  toTier!: string | null;

  /** The escalation reason, the resolution, or a note. */
  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  /** JSON. For 'corrected': { before, after } with only the fields that changed. */
  @Column({ type: 'text', default: '{}' })
  detail!: string;
}
