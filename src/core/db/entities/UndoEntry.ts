import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What one undoable change took away or changed (ending a role, replacing a board,
 * deleting a wave or a training session), so «Angre» can put it back. Short-lived:
 * entries older than a week are dropped as new ones are written, and erasing a
 * person drops them all (src/core/undo).
 */
@Entity({ name: 'undo_entry' })
export class UndoEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'datetime' })
  at!: Date;

  /** 'assignment.end' | 'board.replace' | 'wave.delete' | 'session.delete' */
  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  /** The unit the change acted on, for the access check; null for the organization as a whole. */
  @Column({ type: 'integer', name: 'unit_id', nullable: true })
  unitId!: number | null;

  /** JSON: the rows to put back, the values to set back, and the rows to take away again. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ type: 'datetime', name: 'undone_at', nullable: true })
  undoneAt!: Date | null;
}
