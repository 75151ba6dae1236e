// Browsing the audit trail: filters by unit (with its subtree), actor, module and Oslo
// period, newest first; and the same rows as a CSV or XLSX file.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { ExportedFile } from '../../shared/types';
import type { AuditEventRow } from '../../shared/types-audit';
import { addDays } from '../../shared/dates';
import { fromStoredInstant } from '../db/instants';
import { AppError, notFound } from '../errors';
import { exportTable } from '../ownership/table-export';
import { Unit } from '../db/entities';
import { subtreeIds } from '../services/units';
import { osloMidnight } from '../support/metrics';

type Filters = Pick<InputOf<'audit.list'>, 'unitId' | 'subtree' | 'personId' | 'module' | 'from' | 'to'>;

type Raw = {
  id: number; at: string | Date; actor_label: string; actor_person_id: number | null; method: string; module: string; kind: string;
  unit_id: number | null; code: string | null; name: string | null; entity: string | null; entity_id: string | null; changes: string; summary: string;
};

async function where(em: EntityManager, f: Filters): Promise<{ sql: string; params: unknown[] }> {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.from !== null && f.to !== null && f.to < f.from) throw new AppError('DATE_ORDER', 'Period ends before it starts', { startDate: f.from, endDate: f.to });
  if (f.unitId !== null) {
    if (!(await em.existsBy(Unit, { id: f.unitId }))) throw notFound('unit', f.unitId);
    const ids = f.subtree ? await subtreeIds(em, f.unitId) : [f.unitId];
    parts.push(`e.unit_id IN (${ids.map(() => '?').join(', ')})`);
    params.push(...ids);
  }
  if (f.personId !== null) { parts.push('e.actor_person_id = ?'); params.push(f.personId); }
  if (f.module !== null) { parts.push('e.module = ?'); params.push(f.module); }
  if (f.from !== null) { parts.push('e.at >= ?'); params.push(osloMidnight(f.from)); }
  if (f.to !== null) { parts.push('e.at < ?'); params.push(osloMidnight(addDays(f.to, 1))); }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function toRow(r: Raw): AuditEventRow {
  const at = r.at instanceof Date ? r.at : fromStoredInstant(r.at);
  return {
    id: r.id, at: at.toISOString(), actor: r.actor_label, actorPersonId: r.actor_person_id, method: r.method, module: r.module, kind: r.kind,
    unitId: r.unit_id, unitCode: r.code, unitName: r.name, entity: r.entity, entityId: r.entity_id,
    changes: JSON.parse(r.changes) as AuditEventRow['changes'], summary: JSON.parse(r.summary) as Record<string, unknown>,
  };
}

export async function listAudit(em: EntityManager, f: Filters, page: { limit: number; offset: number }): Promise<{ rows: AuditEventRow[]; total: number }> {
  const w = await where(em, f);
  const [count] = (await em.query(`SELECT COUNT(*) AS n FROM audit_event e ${w.sql}`, w.params)) as Array<{ n: number | string }>;
  const rows: Raw[] = await em.query(
    `SELECT e.id, e.at, e.actor_label, e.actor_person_id, e.method, e.module, e.kind, e.unit_id, u.code, u.name, e.entity, e.entity_id, e.changes, e.summary
     FROM audit_event e LEFT JOIN unit u ON u.id = e.unit_id ${w.sql}
     ORDER BY e.at DESC, e.id DESC LIMIT ? OFFSET ?`,
    [...w.params, page.limit, page.offset],
  );
  return { rows: rows.map(toRow), total: Number(count?.n ?? 0) };
}

const HEADERS = {
  nb: ['Tidspunkt', 'Utført av', 'Metode', 'Modul', 'Type', 'Enhetskode', 'Enhet', 'Objekt', 'Objekt-id', 'Endringer', 'Antall'],
  en: ['Time', 'Done by', 'Method', 'Module', 'Kind', 'Unit code', 'Unit', 'Object', 'Object id', 'Changes', 'Counts'],
} as const;

/** The whole filtered trail, newest first; values as JSON text, neutralized like every export cell. */
export async function exportAudit(em: EntityManager, input: InputOf<'audit.export'>, now: Date): Promise<ExportedFile> {
  const { rows } = await listAudit(em, input, { limit: 1_000_000, offset: 0 });
  return exportTable(input, {
    stem: { nb: 'endringslogg', en: 'audit-trail' },
    headers: HEADERS,
    kinds: ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text'],
    rows: rows.map((r) => [
      r.at, r.actor, r.method, r.module, r.kind, r.unitCode ?? '', r.unitName ?? '', r.entity ?? '', r.entityId ?? '',
      Object.keys(r.changes).length > 0 ? JSON.stringify(r.changes) : '', Object.keys(r.summary).length > 0 ? JSON.stringify(r.summary) : '',
    ]),
  }, now);
}
