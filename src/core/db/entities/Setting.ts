import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Key-value settings; values are JSON. */
@Entity({ name: 'setting' })
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
