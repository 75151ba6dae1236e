// The audit trail as the contract shows it (src/core/audit records it).

/**
 * What an event is about. 'change' is any write; 'role' a change to who holds a role
 * (assignments, board replacement); 'access' a change to who may see or do what
 * (emitted by the access methods). Open: a new kind is added here.
 */
export const AUDIT_KINDS = ['change', 'role', 'access'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** A changed field's value before and after; null where the row did not exist. */
export type AuditChanges = Record<string, [unknown, unknown]>;

/** One event as audit.list shows it, newest first. */
export interface AuditEventRow {
  id: number;
  /** ISO instant. */
  at: string;
  /** The actor's name; «slettet person» once erased. */
  actor: string;
  actorPersonId: number | null;
  method: string;
  module: string;
  kind: string;
  unitId: number | null;
  unitCode: string | null;
  unitName: string | null;
  entity: string | null;
  entityId: string | null;
  changes: AuditChanges;
  /** Counts of a bulk call or an import. */
  summary: Record<string, unknown>;
}
