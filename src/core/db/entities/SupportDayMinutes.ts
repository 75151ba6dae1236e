import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The histogram behind the percentiles of support_day: how many first responses
 * ('response') or resolutions ('resolution') of a day, unit and tier fell in each
 * fixed-width bucket of minutes (bucket = floor(minutes / width), see figures.ts).
 */
@Entity({ withoutRowid: true, name: 'support_day_minutes' })
export class SupportDayMinutes {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @PrimaryColumn({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  tier!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  measure!: string;

  @PrimaryColumn({ type: 'integer' })
  bucket!: number;

  @Column({ type: 'integer', default: 0 })
  n!: number;
}
