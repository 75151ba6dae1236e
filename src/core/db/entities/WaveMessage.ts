import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Level } from './Level';
import { Role } from './Role';
import { Stage } from './Stage';
import { Wave } from './Wave';

/**
 * One dated message of a wave's communication plan, aimed at the holders of a role in
 * every unit of the wave at a level. timing: 'before' | 'stage' | 'after'. The texts
 * are templates with {{placeholders}} (src/core/messages/placeholders.ts).
 */
@Entity({ name: 'wave_message' })
export class WaveMessage {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Index('idx_wave_message_wave')
  @Column({ type: 'integer', name: 'wave_id' })
  waveId!: number;

  @ManyToOne(() => Wave, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'wave_id' })
  wave?: Wave;

  @Column({ type: 'varchar', length: 10 })
  timing!: string;

  @Column({ type: 'integer', name: 'stage_id', nullable: true })
  stageId!: number | null;

  @ManyToOne(() => Stage, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'stage_id' })
  stage?: Stage | null;

  @Column({ type: 'varchar', length: 10, name: 'send_on' })
  sendOn!: string;

  @Column({ type: 'integer', name: 'role_id' })
  roleId!: number;

  @ManyToOne(() => Role, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role?: Role;

  @Column({ type: 'integer', name: 'level_id' })
  levelId!: number;

  @ManyToOne(() => Level, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_id' })
  level?: Level;

  @Column({ type: 'varchar', length: 300, name: 'subject_nb', default: '' })
  subjectNb!: string;

  @Column({ type: 'text', name: 'body_nb', default: '' })
  bodyNb!: string;

  @Column({ type: 'varchar', length: 300, name: 'subject_en', default: '' })
  subjectEn!: string;

  @Column({ type: 'text', name: 'body_en', default: '' })
  bodyEn!: string;

  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
