import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Cases opened per Oslo day, unit and problem (problem 0: none chosen), for the top problems of a period. */
@Entity({ withoutRowid: true, name: 'support_day_problem' })
export class SupportDayProblem {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @PrimaryColumn({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @PrimaryColumn({ type: 'integer', name: 'problem_key' })
  problemKey!: number;

  @Column({ type: 'integer', default: 0 })
  cases!: number;
}
