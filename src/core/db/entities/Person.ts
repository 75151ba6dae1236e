import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Unit } from './Unit';

/**
 * Someone who holds or held a role. Kept minimal: name, contact details, home
 * unit, a note. Erasing blanks the personal fields and stamps erasedAt; the row
 * stays so assignment history and counts remain true.
 */
@Entity({ name: 'person' })
export class Person {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('idx_person_search_name')
  @Column({ type: 'varchar', length: 200, name: 'search_name' })
  searchName!: string;

  /** foldText of name and e-mail, for search (text.ts personSearchText); set by every write that changes them. */
  @Column({ type: 'text', name: 'search_text', default: '' })
  searchText!: string;

  /** Lower-cased; the identity used to match people on import. SQLite lets many rows be NULL. */
  @Column({ type: 'varchar', length: 254, nullable: true, unique: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Index('idx_person_home_unit')
  @Column({ type: 'integer', name: 'home_unit_id', nullable: true })
  homeUnitId!: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'home_unit_id' })
  homeUnit?: Unit | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text', default: '' })
  note!: string;

  /** 'nb' | 'en' when known: messages go out in it; null means the organization's language. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  language!: string | null;

  @Column({ type: 'datetime', name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', name: 'updated_at' })
  updatedAt!: Date;
}
