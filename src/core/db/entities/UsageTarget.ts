import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Level } from './Level';

/**
 * «Bruk»: a level's targets (måltall), set by the functional owner. Sign-ins per member
 * are kept in hundredths, so both databases hold the same exact number.
 */
@Entity({ name: 'usage_target' })
export class UsageTarget {
  @PrimaryColumn({ type: 'integer', name: 'level_id' })
  levelId!: number;

  @ManyToOne(() => Level, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_id' })
  level?: Level;

  /** Share of role holders active in a month, 1–100; null: no such target. */
  @Column({ type: 'integer', name: 'active_percent', nullable: true })
  activePercent!: number | null;

  /** Sign-ins per member in a month × 100; null: no such target. */
  @Column({ type: 'integer', name: 'sign_ins_hundredths', nullable: true })
  signInsHundredths!: number | null;
}
