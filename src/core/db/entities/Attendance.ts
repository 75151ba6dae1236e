import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './Person';
import { TrainingSession } from './TrainingSession';

/** A person attended a session. */
@Entity({ name: 'attendance' })
@Index('idx_attendance_unique', ['sessionId', 'personId'], { unique: true })
export class Attendance {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'session_id' })
  sessionId!: number;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TrainingSession;

  @Index('idx_attendance_person')
  @Column({ type: 'integer', name: 'person_id' })
  personId!: number;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
