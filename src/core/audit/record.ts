// The one place the audit trail is written. The dispatcher runs every write call through
// `within`: inside one transaction it reads what the call will change (targets.ts), runs
// the handler, reads it again and inserts the event. A handler that throws rolls the event
// back with its change; a committed change always has its event. On SQLite the transaction
// is the call's (TypeORM's one sqlite runner: the handlers' own ds.transaction become
// savepoints); on PostgreSQL the call already is a transaction (db/call-transactions.ts)
// and this one is a savepoint in it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../call-context';
import { AuditEvent } from '../db/entities';
import { resolveActor } from '../rollout/actor';
import { getSettings } from '../services/settings';
import type { Serial } from '../serial';
import type { AuditChanges } from '../../shared/types-audit';
import { auditTarget, type AuditTarget, type From } from './targets';

export interface AuditCall {
  method: string;
  input: unknown;
  caller: Caller;
  /** When the call was made, by the core's clock (set by the auditor). */
  at?: Date;
}

export interface Auditor {
  /** Runs a write call's work with its event, all or nothing. */
  within<T>(call: AuditCall, work: () => Promise<T>): Promise<T>;
  /**
   * For the imports, which take the queue themselves (dispatch.ts UNQUEUED): their
   * first write turn through `serial` (below) becomes `within`.
   */
  deferred<T>(call: AuditCall, work: () => Promise<T>): Promise<T>;
  /** The queue the handlers get, which knows about a deferred call. */
  serial(base: Serial): Serial;
}

type Row = Record<string, unknown>;

const afterCommits = new AsyncLocalStorage<Array<() => Promise<void>>>();

/**
 * Work that cannot run inside a transaction (SQLite's WAL checkpoint after an erasure):
 * run once the call's transaction has committed, still in the call's turn; at once
 * outside an audited call.
 */
export async function afterCommit(work: () => Promise<void>): Promise<void> {
  const queue = afterCommits.getStore();
  if (queue) queue.push(work);
  else await work();
}

// Derived columns (search keys) and the row's own update time (the event has its time) say nothing more.
const SKIPPED = /(_key|^search_name|^search_text|^updated_at)$/;

function pick(from: From, input: unknown, result: unknown): unknown {
  const [source, key] = 'input' in from ? [input, from.input] : [result, from.result];
  return source !== null && typeof source === 'object' ? (source as Record<string, unknown>)[key] : undefined;
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

export function diff(before: Row | null, after: Row | null): AuditChanges {
  const changes: AuditChanges = {};
  for (const column of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
    if (SKIPPED.test(column)) continue;
    const b = before ? plain(before[column]) : null;
    const a = after ? plain(after[column]) : null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[column] = [b, a];
  }
  return changes;
}

async function readRow(em: EntityManager, table: string, where: Record<string, From>, input: unknown, result: unknown): Promise<Row | null> {
  const entries = Object.entries(where).map(([column, from]) => [column, pick(from, input, result)] as const);
  if (entries.some(([, v]) => v === undefined || v === null)) return null;
  const sql = `SELECT * FROM "${table}" WHERE ${entries.map(([c]) => `"${c}" = ?`).join(' AND ')}`;
  const rows: Row[] = await em.query(sql, entries.map(([, v]) => v));
  return rows[0] ?? null;
}

/** Top-level counts of a bulk call's result: its numbers, and the length of its lists. */
function counts(result: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (result === null || typeof result !== 'object') return out;
  for (const [k, v] of Object.entries(result as Record<string, unknown>)) {
    if (typeof v === 'number') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.length;
  }
  return out;
}

async function actorLabel(em: EntityManager, caller: Caller): Promise<string> {
  if (caller.local || caller.personId === null) return resolveActor(em);
  const rows: Array<{ name: string }> = await em.query(`SELECT name FROM "person" WHERE id = ?`, [caller.personId]);
  return rows[0]?.name || `#${caller.userId ?? ''}`;
}

interface Facts {
  entity?: string | null;
  entityId?: string | null;
  unitId?: number | null;
  kind?: string;
  changes?: AuditChanges;
  summary?: Record<string, unknown>;
}

async function insert(em: EntityManager, call: AuditCall, facts: Facts): Promise<void> {
  await em.insert(AuditEvent, {
    at: call.at ?? new Date(),
    actorUserId: call.caller.userId,
    actorPersonId: call.caller.personId,
    actorLabel: (await actorLabel(em, call.caller)).slice(0, 200),
    method: call.method,
    module: call.method.split('.')[0] ?? call.method,
    unitId: facts.unitId ?? null,
    kind: facts.kind ?? 'change',
    entity: facts.entity ?? null,
    entityId: facts.entityId ?? null,
    changes: JSON.stringify(facts.changes ?? {}),
    summary: JSON.stringify(facts.summary ?? {}),
  });
}

function unitOf(target: Extract<AuditTarget, { row: unknown }>['row'], row: Row | null, input: unknown, result: unknown): number | null {
  const { unit } = target;
  let value: unknown = null;
  if (unit === 'self') value = row?.['id'];
  else if (unit !== null && 'column' in unit) value = row?.[unit.column];
  else if (unit !== null) value = pick(unit, input, result);
  return typeof value === 'number' ? value : value === null || value === undefined ? null : Number(value);
}

async function recordRow<T>(em: EntityManager, call: AuditCall, target: Extract<AuditTarget, { row: unknown }>, work: () => Promise<T>): Promise<T> {
  const { table, where } = target.row;
  const before = await readRow(em, table, where, call.input, undefined);
  const result = await work();
  const after = await readRow(em, table, where, call.input, result);
  const changes = diff(before, after);
  const key = Object.keys(where).length === 1 ? (after ?? before)?.[Object.keys(where)[0] ?? ''] : null;
  const withheld = target.values === false;
  await insert(em, call, {
    entity: table,
    entityId: key === null || key === undefined ? null : String(key),
    unitId: unitOf(target.row, after ?? before, call.input, result),
    kind: target.kind,
    changes: withheld ? {} : changes,
    summary: withheld ? { fields: Object.keys(changes).length } : {},
  });
  return result;
}

// `now` is the core's clock, the one the rest of the call uses, so an event's time agrees
// with the dates the change itself wrote (and tests with a fixed clock see their own time).
export function createAuditor(ds: () => DataSource, writable: () => boolean, now: () => Date = () => new Date()): Auditor {
  const pending = new AsyncLocalStorage<{ call: AuditCall; taken: boolean }>();

  const within = async <T>(unstamped: AuditCall, work: () => Promise<T>): Promise<T> => {
    const call = { ...unstamped, at: now() };
    const target = auditTarget(call.method);
    if (!target || 'none' in target) return work();
    if ('outside' in target) {
      const result = await work();
      await ds().transaction((em) => insert(em, call, {}));
      return result;
    }
    // A read-only or damaged file refuses the write itself, with its own error.
    if (!writable()) return work();
    const queue: Array<() => Promise<void>> = [];
    const result = await afterCommits.run(queue, () => ds().transaction(async (em) => {
      if ('row' in target) return recordRow(em, call, target, work);
      if ('settings' in target) {
        const before = await getSettings(em);
        const result = await work();
        const after = await getSettings(em);
        await insert(em, call, { entity: 'settings', changes: diff(before as unknown as Row, after as unknown as Row) });
        return result;
      }
      const result = await work();
      const unit = target.unit ? pick(target.unit, call.input, result) : null;
      await insert(em, call, { unitId: typeof unit === 'number' ? unit : null, kind: target.kind, summary: counts(result) });
      return result;
    }));
    // Outside the context: a job it starts must not queue work here.
    for (const work of queue) await work();
    return result;
  };

  return {
    within,
    deferred: (call, work) => pending.run({ call, taken: false }, work),
    serial: (base) => (work, mode = 'write') => {
      const turn = pending.getStore();
      if (!turn || turn.taken || mode === 'read') return base(work, mode);
      turn.taken = true;
      return base(() => within(turn.call, work), mode);
    },
  };
}
