import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from './Role';

/**
 * Where a role applies and how many holders each unit there needs. Keyed by
 * level rank (0 national, 1 region, 2 chapter ...) rather than level id, so a
 * renamed or re-imported level keeps its roles. minimum 0 = allowed, not required.
 */
@Entity({ name: 'role_requirement' })
@Index('idx_role_requirement_unique', ['roleId', 'levelRank'], { unique: true })
export class RoleRequirement {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'role_id' })
  roleId!: number;

  @ManyToOne(() => Role, (r) => r.requirements, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role?: Role;

  @Column({ type: 'integer', name: 'level_rank' })
  levelRank!: number;

  @Column({ type: 'integer' })
  minimum!: number;
}
