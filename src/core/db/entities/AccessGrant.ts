import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AccessLevel } from '../../../shared/access';
import { Person } from './Person';
import { Unit } from './Unit';

/**
 * Access given to a person who holds no role that gives it (office staff, a consultant):
 * a level over a unit and everything below it, between two dates. The dates follow the
 * assignments' rule: start_date <= today < end_date (end exclusive, null for open-ended).
 */
@Entity({ name: 'access_grant' })
export class AccessGrant {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_access_grant_person')
  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Index('idx_access_grant_unit')
  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 20 })
  level!: AccessLevel;

  @Column({ type: 'boolean', name: 'can_export', default: false })
  canExport!: boolean;

  @Column({ type: 'varchar', length: 10, name: 'start_date' })
  startDate!: string;

  @Column({ type: 'varchar', length: 10, name: 'end_date', nullable: true })
  endDate!: string | null;

  /** Why the grant exists ("kontorstab", "konsulent for Nordland"), shown in the access report. */
  @Column({ type: 'varchar', length: 200, default: '' })
  note!: string;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
