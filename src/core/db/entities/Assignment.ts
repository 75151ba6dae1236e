import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './Person';
import { Role } from './Role';
import { Unit } from './Unit';

/**
 * A person holding a role at a unit. Dates are calendar dates (YYYY-MM-DD,
 * Europe/Oslo). The end date is exclusive: the role is held while
 * start_date <= today < end_date, so a board replaced on D ends on D and the
 * new board starts on D. Ending never deletes: history is the point.
 */
@Entity({ name: 'assignment' })
@Index('idx_assignment_unit_role', ['unitId', 'roleId'])
export class Assignment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_assignment_person')
  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'integer', name: 'role_id' })
  roleId!: number;

  @ManyToOne(() => Role, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id' })
  role?: Role;

  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'varchar', length: 10, name: 'start_date' })
  startDate!: string;

  @Column({ type: 'varchar', length: 10, name: 'end_date', nullable: true })
  endDate!: string | null;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
