import {
  BeforeInsert, BeforeUpdate, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn,
} from 'typeorm';
import { searchKey } from '../../text';

/** A level of the organization (landsforbund, fylkeslag, lokallag ...). Data, not an enum. */
@Entity({ name: 'level' })
export class Level {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 60, unique: true })
  name!: string;

  /** searchKey(name): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_level_name_key', { unique: true })
  @Column({ type: 'varchar', length: 60, name: 'name_key', default: '' })
  nameKey!: string;

  /** 0 is the top. Ranks order the levels; they need not be contiguous. */
  @Column({ type: 'integer' })
  rank!: number;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillKeys(): void {
    this.nameKey = searchKey(this.name);
  }
}
