// Reading cases: the list with overdue flags and time left worked out at read
// time from the holding tier's stored clock counted up to now, and due times
// read as stored at the case's last write (due-store.ts). «Overdue only» and the
// order by due time are indexed queries on those stored instants. One case in
// full is in case-detail.ts.
import type { EntityManager } from 'typeorm';
import { visibleUnits } from '../call-context';
import type { CaseRow, CaseState, SupportTier } from '../../shared/types-support';
import { dialectOf, jsonIds } from '../db/sql';
import { loadFlatUnits } from '../ownership/coverage';
import { sortByDue } from './cases-due';
import { clockSoFar, isOverdue, nextTier, type ClockState, type Policies } from './clocks';
import { fromStored, loadPolicies, toStored } from './cases-policy';
import { regionNames, regionUnitIds } from './cases-regions';
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
  responseDueAt: string | null;
  resolutionDueAt: string | null;
}

export const CASE_COLUMNS = `c.id AS id, c.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName", c.reporter_name AS "reporterName",
  c.problem_id AS "problemId", p.title_nb AS "problemTitleNb", p.title_en AS "problemTitleEn", c.tier AS tier, c.state AS state,
  c.opened_at AS "openedAt", c.resolved_at AS "resolvedAt", k.response_minutes AS "responseMinutes", k.held_minutes AS "heldMinutes",
  k.response_breached AS "responseBreached", k.resolution_breached AS "resolutionBreached",
  (SELECT MAX(e.at) FROM case_event e WHERE e.case_id = c.id) AS "lastAt",
  c.response_due_at AS "responseDueAt", c.resolution_due_at AS "resolutionDueAt"`;
// `+c.unit_id` keeps SQLite from driving the query from the unit table: a page of cases is
// read through the case indexes (overdue_at, opened_at), then each unit by its key.
export const CASE_FROM = `FROM support_case c JOIN unit u ON u.id = +c.unit_id LEFT JOIN problem p ON p.id = c.problem_id
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

const instant = (stored: string | null) => (stored === null ? null : fromStored(stored).toISOString());

/** The due time shown: the holding tier's first response until it has answered, then resolution. */
const DUE = `CASE WHEN k.response_minutes IS NULL THEN c.response_due_at ELSE c.resolution_due_at END`;

export function toRow(r: CaseRecord, regionName: string | null, now: Date, policies: Policies): CaseRow {
  const soFar = holdingClock(r, now, policies);
  const policy = policies[r.tier];
  const overdue = isOverdue(r.state, soFar, policy);
  const dueTarget = r.state === 'resolved' ? null : soFar.responseMinutes === null ? 'response' : 'resolution';
  return {
    id: r.id, unitId: r.unitId, unitCode: r.unitCode, unitName: r.unitName, regionName,
    reporterName: r.reporterName, problemId: r.problemId, problemTitleNb: r.problemTitleNb, problemTitleEn: r.problemTitleEn,
    tier: r.tier, state: r.state,
    openedAt: fromStored(r.openedAt).toISOString(),
    resolvedAt: instant(r.resolvedAt),
    overdue,
    proposedTier: overdue ? nextTier(r.tier) : null,
    dueTarget,
    dueAt: dueTarget === null ? null : instant(dueTarget === 'response' ? r.responseDueAt : r.resolutionDueAt),
    minutesLeft: dueTarget === null ? null : (dueTarget === 'response' ? policy.firstResponseMinutes : policy.resolutionMinutes) - soFar.heldMinutes,
  };
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
  if (input.regionId !== null) {
    where.push(`c.unit_id IN ${jsonIds(dialectOf(em))}`);
    params.push(JSON.stringify(regionUnitIds(await loadFlatUnits(em), input.regionId)));
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
  const rowsOf = async (records: CaseRecord[]) => {
    const regions = await regionNames(em, records.map((r) => r.unitId));
    return records.map((r) => toRow(r, regions.get(r.unitId) ?? null, now, policies));
  };
  const countOf = async (sql: string, values: unknown[]) => {
    const [count]: Array<{ total: number | string }> = await em.query(`SELECT COUNT(*) AS total FROM support_case c ${sql}`, values);
    return Number(count?.total ?? 0);
  };

  if (input.overdueOnly || input.sort !== 'opened') {
    // Unresolved cases come first; overdue only is the stored instant from which a case is overdue.
    const [activeSql, activeParams] = input.overdueOnly
      ? [whereAnd('c.overdue_at <= ?'), [...params, toStored(now)]]
      : [whereAnd(`c.state IN ('open', 'waiting')`), params];
    const activeTotal = await countOf(activeSql, activeParams);
    let page: CaseRow[];
    if (input.sort === 'left') {
      // Time left is counted up to now in each tier's own minutes, so these cases are ordered here.
      const active = await rowsOf(await em.query(`SELECT ${CASE_COLUMNS} ${CASE_FROM} ${activeSql} ${order}`, activeParams));
      page = sortByDue(active, 'left', input.desc).slice(input.offset, input.offset + input.limit);
    } else {
      const dir = input.desc ? 'DESC' : 'ASC';
      const sorted = input.sort === 'due' ? `ORDER BY CASE WHEN ${DUE} IS NULL THEN 1 ELSE 0 END, ${DUE} ${dir}, c.opened_at ${dir}, c.id ${dir}` : order;
      page = await rowsOf(await em.query(`SELECT ${CASE_COLUMNS} ${CASE_FROM} ${activeSql} ${sorted} LIMIT ? OFFSET ?`, [...activeParams, input.limit, input.offset]));
    }
    if (input.overdueOnly) return { rows: page, total: activeTotal };
    const resolvedTotal = await countOf(whereAnd(`c.state = 'resolved'`), params);
    const room = input.limit - page.length;
    if (room > 0 && resolvedTotal > 0) {
      const skip = Math.max(0, input.offset - activeTotal);
      const resolved: CaseRecord[] = await em.query(
        `SELECT ${CASE_COLUMNS} ${CASE_FROM} ${whereAnd(`c.state = 'resolved'`)} ORDER BY c.opened_at DESC, c.id DESC LIMIT ? OFFSET ?`,
        [...params, room, skip],
      );
      page.push(...(await rowsOf(resolved)));
    }
    return { rows: page, total: activeTotal + resolvedTotal };
  }
  const records: CaseRecord[] = await em.query(`SELECT ${CASE_COLUMNS} ${CASE_FROM} ${whereSql} ${order} LIMIT ? OFFSET ?`, [
    ...params, input.limit, input.offset,
  ]);
  return { rows: await rowsOf(records), total: await countOf(whereSql, params) };
}

/**
 * Open (or waiting) cases past their holding tier's target now, counted per unit: the case
 * list's «overdue only» (the stored overdue_at, over the caller's units), grouped in SQL, for
 * the reports' summaries, which need the counts and not the rows.
 */
export async function overdueCountsByUnit(em: EntityManager, now: Date): Promise<Map<number, number>> {
  const rows: Array<{ unitId: number; n: number | string }> = await em.query(
    `SELECT c.unit_id AS "unitId", COUNT(*) AS n FROM support_case c
     WHERE c.state IN ('open', 'waiting') AND c.overdue_at <= ? GROUP BY c.unit_id`,
    [toStored(now)],
  );
  const visible = visibleUnits();
  return new Map(rows.filter((r) => !visible || visible.has(r.unitId)).map((r) => [r.unitId, Number(r.n)]));
}
