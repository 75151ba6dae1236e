import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One bulk change over a region or a wave; its per-unit before/after rows are in activity_log. */
@Entity({ name: 'bulk_change' })
export class BulkChange {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'datetime' })
  at!: Date;

  @Column({ type: 'varchar', length: 100 })
  actor!: string;

  /** 'done' | 'dates' | 'block' */
  @Column({ type: 'varchar', length: 20 })
  action!: string;

  /** 'region' | 'wave' */
  @Column({ type: 'varchar', length: 10, name: 'scope_kind' })
  scopeKind!: string;

  @Column({ type: 'integer', name: 'scope_id' })
  scopeId!: number;

  @Column({ type: 'integer', name: 'stage_id' })
  stageId!: number;

  /** JSON summary shown to the user: counts changed and unchanged, and the input. */
  @Column({ type: 'text', default: '{}' })
  summary!: string;

  @Column({ type: 'datetime', name: 'undone_at', nullable: true })
  undoneAt!: Date | null;
}
