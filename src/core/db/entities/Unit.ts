import {
  BeforeInsert, BeforeUpdate, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { searchKey, unitSearchText } from '../../text';
import { Level } from './Level';

/** A national office, region, chapter or group. The code is its identity; names repeat (Herøy, Våler). */
@Entity({ name: 'unit' })
export class Unit {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 32, unique: true })
  code!: string;

  /** searchKey(code): the database keeps it unique regardless of case and Unicode form (see text.ts). */
  @Index('uq_unit_code_key', { unique: true })
  @Column({ type: 'varchar', length: 32, name: 'code_key', default: '' })
  codeKey!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Lower-cased with Norwegian rules, because SQLite's LIKE folds ASCII only (Ø, Æ, Å). */
  @Index('idx_unit_search_name')
  @Column({ type: 'varchar', length: 200, name: 'search_name' })
  searchName!: string;

  /** foldText of name and code, for search (see shared/fold.ts); not indexed, a LIKE '%word%' cannot use one. */
  @Column({ type: 'text', name: 'search_text', default: '' })
  searchText!: string;

  @Index('idx_unit_level')
  @Column({ type: 'integer', name: 'level_id' })
  levelId!: number;

  @ManyToOne(() => Level, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'level_id' })
  level?: Level;

  @Index('idx_unit_parent')
  @Column({ type: 'integer', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Unit | null;

  @Column({ type: 'integer', nullable: true })
  members!: number | null;

  @Column({ type: 'text', name: 'contact_notes', default: '' })
  contactNotes!: string;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillKeys(): void {
    this.codeKey = searchKey(this.code);
    this.searchText = unitSearchText(this.name, this.code);
  }
}
