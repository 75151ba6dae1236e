import {
  BeforeInsert, BeforeUpdate, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn,
} from 'typeorm';
import { searchKey } from '../../text';

/** An "etappe": a group of units rolled out together between two planned dates. */
@Entity({ name: 'wave' })
export class Wave {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  /** searchKey(name): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_wave_name_key', { unique: true })
  @Column({ type: 'varchar', length: 100, name: 'name_key', default: '' })
  nameKey!: string;

  @Column({ type: 'integer', name: 'sort_order' })
  sortOrder!: number;

  @Column({ type: 'varchar', length: 10, name: 'planned_start' })
  plannedStart!: string;

  @Column({ type: 'varchar', length: 10, name: 'planned_end' })
  plannedEnd!: string;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillKeys(): void {
    this.nameKey = searchKey(this.name);
  }
}
