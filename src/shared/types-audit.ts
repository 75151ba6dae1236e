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
