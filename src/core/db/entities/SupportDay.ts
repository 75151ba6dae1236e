import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Support figures rolled up per Oslo day the cases were opened, unit and tier, kept
 * up to date in the transaction of every case write (support/figures-store.ts), so a
 * period's metrics read days instead of cases. A case counts as opened under 'chapter'
 * (every case opens there) and as solved under the tier that solved it; each tier the
 * case reached adds its clock (breaches, first response).
 */
@Entity({ withoutRowid: true, name: 'support_day' })
export class SupportDay {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @PrimaryColumn({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  tier!: string;

  @Column({ type: 'integer', default: 0 })
  opened!: number;

  @Column({ type: 'integer', default: 0 })
  solved!: number;

  /** Cases that reached this tier (its clock rows). */
  @Column({ type: 'integer', default: 0 })
  reached!: number;

  @Column({ type: 'integer', name: 'response_breaches', default: 0 })
  responseBreaches!: number;

  @Column({ type: 'integer', name: 'resolution_breaches', default: 0 })
  resolutionBreaches!: number;

  /** First responses given by this tier, and their minutes summed. */
  @Column({ type: 'integer', default: 0 })
  responses!: number;

  @Column({ type: 'integer', name: 'response_minutes', default: 0 })
  responseMinutes!: number;

  /** Cases this tier solved, and their resolution minutes (every tier's held time) summed. */
  @Column({ type: 'integer', name: 'resolution_minutes', default: 0 })
  resolutionMinutes!: number;
}
