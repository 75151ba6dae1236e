import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit trail: one row per committed write call, written by the dispatcher in the
 * call's own transaction (src/core/audit/record.ts). Append-only: database triggers
 * refuse UPDATE and DELETE, apart from the data-protection redaction (migration 1764600000000).
 * Ids are plain columns, not foreign keys, so the trail outlives what it describes.
 */
@Entity({ name: 'audit_event' })
@Index('idx_audit_event_at', ['at'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'datetime' })
  at!: Date;

  /** The signed-in account; null for the local owner (solo desktop, CLI on the machine). */
  @Column({ type: 'integer', name: 'actor_user_id', nullable: true })
  actorUserId!: number | null;

  @Index('idx_audit_event_person')
  @Column({ type: 'integer', name: 'actor_person_id', nullable: true })
  actorPersonId!: number | null;

  /** The actor's name as shown: the local owner's from the settings, «slettet person» once erased. */
  @Column({ type: 'varchar', length: 200, name: 'actor_label' })
  actorLabel!: string;

  @Column({ type: 'varchar', length: 60 })
  method!: string;

  @Index('idx_audit_event_module')
  @Column({ type: 'varchar', length: 40 })
  module!: string;

  @Index('idx_audit_event_unit')
  @Column({ type: 'integer', name: 'unit_id', nullable: true })
  unitId!: number | null;

  /** AUDIT_KINDS in src/shared/types-audit.ts: 'change', 'role', 'access', ... */
  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  entity!: string | null;

  @Column({ type: 'varchar', length: 60, name: 'entity_id', nullable: true })
  entityId!: string | null;

  /** JSON { field: [before, after] }; '{}' when the method records no values. */
  @Column({ type: 'text', default: '{}' })
  changes!: string;

  /** JSON counts for bulk calls and imports (never the file). */
  @Column({ type: 'text', default: '{}' })
  summary!: string;

  /** Set once, when the person is erased: the only update the triggers allow. */
  @Column({ type: 'boolean', default: false })
  redacted!: boolean;
}
