// Contract entries for the audit trail: browsing and exporting it. Both only read; the
// trail itself is written by the dispatcher for every other method (src/core/audit).
import { z } from 'zod';
import { exportOptionsSchema, isoDateSchema, method } from './method-spec';
import { idSchema, text } from './schemas';
import type { ExportedFile } from './types';
import type { AuditEventRow } from './types-audit';

/** The filters audit.list and audit.export share. A unit's page asks with subtree false. */
export const auditFilters = {
  unitId: idSchema.nullable().default(null),
  /** With the unit, everything below it. */
  subtree: z.boolean().default(true),
  /** The actor, as a person in the register. */
  personId: idSchema.nullable().default(null),
  /** A method's prefix: units, people, assignments, ... */
  module: text().trim().min(1).max(40).nullable().default(null),
  /** Oslo dates, both included. */
  from: isoDateSchema.nullable().default(null),
  to: isoDateSchema.nullable().default(null),
};

export const auditMethods = {
  'audit.list': method<{ rows: AuditEventRow[]; total: number }>()(
    z.object({ ...auditFilters, limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) }).strict(),
    ['NOT_FOUND', 'DATE_ORDER'],
  ),
  'audit.export': method<ExportedFile>()(z.object({ ...auditFilters, ...exportOptionsSchema.shape }).strict(), ['NOT_FOUND', 'DATE_ORDER']),
};
