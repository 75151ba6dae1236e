import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Stage } from './Stage';

/**
 * A stage's "what to do now" for one role (role_key: 'chapter_leader' | 'super_user' |
 * 'local_support'), in both languages. Seeded for the six stages of the method; plain
 * text, no placeholders (it is itself what {{what_to_do}} fills in).
 */
@Entity({ name: 'stage_guidance' })
@Index('idx_stage_guidance_unique', ['stageId', 'roleKey'], { unique: true })
export class StageGuidance {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'stage_id' })
  stageId!: number;

  @ManyToOne(() => Stage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id' })
  stage?: Stage;

  @Column({ type: 'varchar', length: 40, name: 'role_key' })
  roleKey!: string;

  @Column({ type: 'text', name: 'text_nb', default: '' })
  textNb!: string;

  @Column({ type: 'text', name: 'text_en', default: '' })
  textEn!: string;
}
