import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Response-time targets for one support tier: 'chapter' | 'region' | 'national' | 'vendor'. */
@Entity({ name: 'sla_policy' })
export class SlaPolicy {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  tier!: string;

  @Column({ type: 'integer', name: 'first_response_minutes' })
  firstResponseMinutes!: number;

  @Column({ type: 'integer', name: 'resolution_minutes' })
  resolutionMinutes!: number;

  /** Count only Monday–Friday 08:00–16:00 Europe/Oslo, without Norwegian public holidays. */
  @Column({ type: 'boolean', name: 'business_hours' })
  businessHours!: boolean;
}
