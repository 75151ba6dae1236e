import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from './Person';
import { Unit } from './Unit';
import { WaveMessage } from './WaveMessage';

/**
 * The sent log: one wave message gone to one recipient of one unit, by a channel
 * ('csv' | 'eml' | 'copy' | 'smtp'). person_id is null where nobody held the role.
 * The filled subject is kept; the body and the address are not.
 */
@Entity({ name: 'message_sent' })
@Index('idx_message_sent_message_unit', ['messageId', 'unitId'])
export class MessageSent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'message_id' })
  messageId!: number;

  @ManyToOne(() => WaveMessage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: WaveMessage;

  @Index('idx_message_sent_unit')
  @Column({ type: 'integer', name: 'unit_id' })
  unitId!: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Unit;

  @Column({ type: 'integer', name: 'person_id', nullable: true })
  personId!: number | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'person_id' })
  person?: Person | null;

  @Column({ type: 'varchar', length: 8 })
  channel!: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  subject!: string;

  @Column({ type: 'datetime', name: 'sent_at' })
  sentAt!: Date;

  @Column({ type: 'varchar', length: 100, name: 'sent_by' })
  sentBy!: string;
}
