import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An "etappe": a group of units rolled out together between two planned dates. */
@Entity({ name: 'wave' })
export class Wave {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 100, unique: true })
  name!: string;

  @Column({ type: 'integer', name: 'sort_order' })
  sortOrder!: number;

  @Column({ type: 'varchar', length: 10, name: 'planned_start' })
  plannedStart!: string;

  @Column({ type: 'varchar', length: 10, name: 'planned_end' })
  plannedEnd!: string;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
