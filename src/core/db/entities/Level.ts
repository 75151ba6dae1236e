import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A level of the organization (landsforbund, fylkeslag, lokallag ...). Data, not an enum. */
@Entity({ name: 'level' })
export class Level {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 60, unique: true })
  name!: string;

  /** 0 is the top. Ranks order the levels; they need not be contiguous. */
  @Column({ type: 'integer' })
  rank!: number;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
