// Reading cases: the list with overdue flags, due times and time left worked
// out at read time (the holding tier's clock counted up to now). One case in
// full is in case-detail.ts.
import type { EntityManager } from 'typeorm';
import { visibleUnits } from '../call-context';
import type { CaseRow, CaseState, SupportTier } from '../../shared/types-support';
import { dialectOf, jsonIds } from '../db/sql';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { caseDue, sortByDue } from './cases-due';
import { clockSoFar, isOverdue, nextTier, type ClockEvent, type ClockState, type Policies } from './clocks';
import { fromStored, loadPolicies } from './cases-policy';
import { regionUnitIds } from './cases-regions';
import { foldWords } from '../../shared/fold';

export interface ListCasesInput {
  state: CaseState | 'active' | null;
  tier: SupportTier | null;
  regionId: number | null;
  query: string;
  overdueOnly: boolean;
  sort: 'opened' | 'due' | 'left';
  desc: boolean;
  limit: number;
  offset: number;
}

export interface CaseRecord {
  id: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  reporterName: string;
  problemId: number | null;
  problemTitleNb: string | null;
  problemTitleEn: string | null;
  tier: SupportTier;
  state: CaseState;
  openedAt: string;
  resolvedAt: string | null;
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: number | boolean;
  resolutionBreached: number | boolean;
  lastAt: string | null;
}

export const CASE_COLUMNS = `c.id AS id, c.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName", c.reporter_name AS "reporterName",
  c.problem_id AS "problemId", p.title_nb AS "problemTitleNb", p.title_en AS "problemTitleEn", c.tier AS tier, c.state AS state,
  c.opened_at AS "openedAt", c.resolved_at AS "resolvedAt", k.response_minutes AS "responseMinutes", k.held_minutes AS "heldMinutes",
  k.response_breached AS "responseBreached", k.resolution_breached AS "resolutionBreached",
  (SELECT MAX(e.at) FROM case_event e WHERE e.case_id = c.id) AS "lastAt"`;
export const CASE_FROM = `FROM support_case c JOIN unit u ON u.id = c.unit_id LEFT JOIN problem p ON p.id = c.problem_id
  LEFT JOIN case_tier_clock k ON k.case_id = c.id AND k.tier = c.tier`;

/** The holding tier's clock counted up to now. */
export function holdingClock(r: CaseRecord, now: Date, policies: Policies): ClockState {
  const stored: ClockState = {
    responseMinutes: r.responseMinutes,
    heldMinutes: r.heldMinutes ?? 0,
    responseBreached: Boolean(r.responseBreached),
    resolutionBreached: Boolean(r.resolutionBreached),
  };
  return clockSoFar(stored, r.state, fromStored(r.lastAt ?? r.openedAt), now, policies[r.tier]);
}

/** `events`: the case's events in order (only read for an unresolved case). */
export function toRow(r: CaseRecord, regionName: string | null, now: Date, policies: Policies, events: readonly ClockEvent[]): CaseRow {
  const soFar = holdingClock(r, now, policies);
  const overdue = isOverdue(r.state, soFar, policies[r.tier]);
  return {
    id: r.id, unitId: r.unitId, unitCode: r.unitCode, unitName: r.unitName, regionName,
    reporterName: r.reporterName, problemId: r.problemId, problemTitleNb: r.problemTitleNb, problemTitleEn: r.problemTitleEn,
    tier: r.tier, state: r.state,
    openedAt: fromStored(r.openedAt).toISOString(),
    resolvedAt: r.resolvedAt === null ? null : fromStored(r.resolvedAt).toISOString(),
    overdue,
    proposedTier: overdue ? nextTier(r.tier) : null,
    ...caseDue(r.state, r.tier, soFar, events, policies[r.tier]),
  };
}

/** The events of the unresolved cases among `records`, by case, in one query. */
async function activeEvents(em: EntityManager, records: readonly CaseRecord[]): Promise<Map<number, ClockEvent[]>> {
  const ids = records.filter((r) => r.state !== 'resolved').map((r) => r.id);
  const byCase = new Map<number, ClockEvent[]>();
  if (ids.length === 0) return byCase;
  const rows: Array<{ caseId: number; at: string; kind: ClockEvent['kind']; toTier: SupportTier | null }> = await em.query(
    `SELECT case_id AS "caseId", at, kind, to_tier AS "toTier" FROM case_event
     WHERE case_id IN ${jsonIds(dialectOf(em))} ORDER BY case_id, at, id`,
    [JSON.stringify(ids)],
  );
  for (const e of rows) {
    const list = byCase.get(e.caseId) ?? [];
    list.push({ at: fromStored(e.at), kind: e.kind, toTier: e.toTier });
    byCase.set(e.caseId, list);
  }
  return byCase;
}

export async function listCases(em: EntityManager, input: ListCasesInput, now: Date): Promise<{ rows: CaseRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.state === 'active') where.push(`c.state IN ('open', 'waiting')`);
  else if (input.state !== null) {
    where.push('c.state = ?');
    params.push(input.state);
  }
  if (input.tier !== null) {
    where.push('c.tier = ?');
    params.push(input.tier);
  }
  const units = await loadFlatUnits(em);
  if (input.regionId !== null) {
    where.push(`c.unit_id IN ${jsonIds(dialectOf(em))}`);
    params.push(JSON.stringify(regionUnitIds(units, input.regionId)));
  }
  // A signed-in user sees the cases of the units they may read.
  const visible = visibleUnits();
  if (visible) {
    where.push(`c.unit_id IN ${jsonIds(dialectOf(em))}`);
    params.push(JSON.stringify([...visible]));
  }
  // Each word starts a word of the unit's folded name or code, as in units.search.
  for (const word of foldWords(input.query)) {
    where.push(`c.unit_id IN (SELECT u.id FROM unit u WHERE (' ' || u.search_text) LIKE ?)`);
    params.push(`% ${word}%`);
  }
  const whereAnd = (extra: string) => `WHERE ${[...where, extra].join(' AND ')}`;
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = input.desc ? 'ORDER BY c.opened_at DESC, c.id DESC' : 'ORDER BY c.opened_at, c.id';
  const policies = await loadPolicies(em);
  const regionOf = regionResolver(units);
  const rowsOf = async (records: CaseRecord[]) => {
    const events = await activeEvents(em, records);
    return records.map((r) => toRow(r, regionOf(r.unitId)?.name ?? null, now, policies, events.get(r.id) ?? []));
  };

  if (input.overdueOnly || input.sort !== 'opened') {
    // Overdue, due time and time left depend on the clock up to now, so they are decided here over
    // every unresolved case that passes the filters; resolved ones have none and come after them.
    let active = await rowsOf(await em.query(`SELECT ${CASE_COLUMNS} ${CASE_FROM} ${whereAnd(`c.state IN ('open', 'waiting')`)} ${order}`, params));
    if (input.overdueOnly) active = active.filter((r) => r.overdue);
    if (input.sort !== 'opened') active = sortByDue(active, input.sort, input.desc);
    const page = active.slice(input.offset, input.offset + input.limit);
    if (input.overdueOnly) return { rows: page, total: active.length };
    const [count]: Array<{ total: number }> = await em.query(`SELECT COUNT(*) AS total FROM support_case c ${whereAnd(`c.state = 'resolved'`)}`, params);
    const resolvedTotal = count?.total ?? 0;
    const room = input.limit - page.length;
    if (room > 0 && resolvedTotal > 0) {
      const skip = Math.max(0, input.offset - active.length);
      const resolved: CaseRecord[] = await em.query(
        `SELECT ${CASE_COLUMNS} ${CASE_FROM} ${whereAnd(`c.state = 'resolved'`)} ORDER BY c.opened_at DESC, c.id DESC LIMIT ? OFFSET ?`,
        [...params, room, skip],
      );
      page.push(...(await rowsOf(resolved)));
    }
    return { rows: page, total: active.length + resolvedTotal };
  }
  const [count]: Array<{ total: number }> = await em.query(`SELECT COUNT(*) AS total FROM support_case c ${whereSql}`, params);
  const records: CaseRecord[] = await em.query(`SELECT ${CASE_COLUMNS} ${CASE_FROM} ${whereSql} ${order} LIMIT ? OFFSET ?`, [
    ...params, input.limit, input.offset,
  ]);
  return { rows: await rowsOf(records), total: count?.total ?? 0 };
}
