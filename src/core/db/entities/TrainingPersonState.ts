import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What each person's attendance says about the training figures, derived from their
 * attendance, the sessions' dates and types and the types' validity, kept up to date in
 * the transaction of every write that changes them (derived/training-state.ts). Each row
 * is a span of days on which one fact holds: 'basic' and 'advanced' valid, 'refresh'
 * (a refresher or basic training less than a year old) and 'attended' (anything
 * attended, from the first session on, for good). Overlapping spans are merged, so a
 * person has a row or two per fact. The read asks which spans hold today, so a
 * validity ends, a refresher falls due and a future session counts on the right day
 * with no write. Who holds a role, and since when, is read from the assignments.
 */
// WITHOUT ROWID on SQLite: rows kept in key order, so the read's GROUP BY person_id is one pass.
@Entity({ name: 'training_person_state', withoutRowid: true })
export class TrainingPersonState {
  @PrimaryColumn({ type: 'integer', name: 'person_id' })
  personId!: number;

  /** 'basic', 'advanced', 'refresh' or 'attended'. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  fact!: string;

  /** The first day the fact holds (a session's date). */
  @PrimaryColumn({ type: 'varchar', length: 10, name: 'valid_from' })
  validFrom!: string;

  /** The first day it no longer holds; null = for good. */
  @Column({ type: 'varchar', length: 10, name: 'valid_until', nullable: true })
  validUntil!: string | null;
}
