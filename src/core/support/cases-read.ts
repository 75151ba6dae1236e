// Reading cases: the list with overdue flags worked out at read time (the
// holding tier's clock counted up to now), and one case in full.
import type { EntityManager } from 'typeorm';
import type { CaseDetail, CaseEventDto, CaseRow, CaseState, SupportTier, TierClockDto } from '../../shared/types-support';
import { SUPPORT_TIERS } from '../../shared/types-support';
import { notFound } from '../errors';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { clockSoFar, dueAt, isOverdue, nextTier, runningSegments, type ClockState, type Policies } from './clocks';
import { fromStored, loadPolicies } from './cases-policy';
import { regionUnitIds } from './cases-regions';

export interface ListCasesInput {
  state: CaseState | 'active' | null;
  tier: SupportTier | null;
  regionId: number | null;
  overdueOnly: boolean;
  limit: number;
  offset: number;
}

interface CaseRecord {
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
  responseBreached: number;
  resolutionBreached: number;
  lastAt: string | null;
}

const CASE_COLUMNS = `c.id AS id, c.unit_id AS unitId, u.code AS unitCode, u.name AS unitName, c.reporter_name AS reporterName,
  c.problem_id AS problemId, p.title_nb AS problemTitleNb, p.title_en AS problemTitleEn, c.tier AS tier, c.state AS state,
  c.opened_at AS openedAt, c.resolved_at AS resolvedAt, k.response_minutes AS responseMinutes, k.held_minutes AS heldMinutes,
  k.response_breached AS responseBreached, k.resolution_breached AS resolutionBreached,
  (SELECT MAX(e.at) FROM case_event e WHERE e.case_id = c.id) AS lastAt`;
const CASE_FROM = `FROM support_case c JOIN unit u ON u.id = c.unit_id LEFT JOIN problem p ON p.id = c.problem_id
  LEFT JOIN case_tier_clock k ON k.case_id = c.id AND k.tier = c.tier`;

/** The holding tier's clock counted up to now. */
function holdingClock(r: CaseRecord, now: Date, policies: Policies): ClockState {
  const stored: ClockState = {
    responseMinutes: r.responseMinutes,
    heldMinutes: r.heldMinutes ?? 0,
    responseBreached: Boolean(r.responseBreached),
    resolutionBreached: Boolean(r.resolutionBreached),
  };
  return clockSoFar(stored, r.state, fromStored(r.lastAt ?? r.openedAt), now, policies[r.tier]);
}

function toRow(r: CaseRecord, regionName: string | null, now: Date, policies: Policies): CaseRow {
  const overdue = isOverdue(r.state, holdingClock(r, now, policies), policies[r.tier]);
  return {
    id: r.id, unitId: r.unitId, unitCode: r.unitCode, unitName: r.unitName, regionName,
    reporterName: r.reporterName, problemId: r.problemId, problemTitleNb: r.problemTitleNb, problemTitleEn: r.problemTitleEn,
    tier: r.tier, state: r.state,
    openedAt: fromStored(r.openedAt).toISOString(),
    resolvedAt: r.resolvedAt === null ? null : fromStored(r.resolvedAt).toISOString(),
    overdue,
    proposedTier: overdue ? nextTier(r.tier) : null,
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
  const units = await loadFlatUnits(em);
  if (input.regionId !== null) {
    where.push('c.unit_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(regionUnitIds(units, input.regionId)));
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = 'ORDER BY c.opened_at DESC, c.id DESC';
  const policies = await loadPolicies(em);
  const regionOf = regionResolver(units);
  const rowOf = (r: CaseRecord) => toRow(r, regionOf(r.unitId)?.name ?? null, now, policies);

  if (input.overdueOnly) {
    // Overdue depends on the clock up to now, so it is decided here; only unresolved cases can be overdue.
    const records: CaseRecord[] = await em.query(
      `SELECT ${CASE_COLUMNS} ${CASE_FROM} ${whereSql ? `${whereSql} AND` : 'WHERE'} c.state IN ('open', 'waiting') ${order}`,
      params,
    );
    const overdue = records.map(rowOf).filter((r) => r.overdue);
    return { rows: overdue.slice(input.offset, input.offset + input.limit), total: overdue.length };
  }
  const [count]: Array<{ total: number }> = await em.query(`SELECT COUNT(*) AS total FROM support_case c ${whereSql}`, params);
  const records: CaseRecord[] = await em.query(`SELECT ${CASE_COLUMNS} ${CASE_FROM} ${whereSql} ${order} LIMIT ? OFFSET ?`, [
    ...params, input.limit, input.offset,
  ]);
  return { rows: records.map(rowOf), total: count?.total ?? 0 };
}

interface EventRecord {
  id: number;
  at: string;
  kind: CaseEventDto['kind'];
  fromTier: SupportTier | null;
  toTier: SupportTier | null;
  note: string;
  actor: string;
}

interface ClockRecord {
  tier: SupportTier;
  arrivedAt: string;
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: number;
  resolutionBreached: number;
}

/** One case with its events, its tier clocks (the holding one counted up to now, with due times) and its escalation path. */
export async function getCase(
  em: EntityManager,
  id: number,
  now: Date,
  pathOf: (unitId: number) => Promise<CaseDetail['path']>,
): Promise<CaseDetail> {
  const [record]: Array<CaseRecord & { reporterContact: string; description: string; resolution: string; resolvedTier: SupportTier | null }> =
    await em.query(
      `SELECT ${CASE_COLUMNS}, c.reporter_contact AS reporterContact, c.description AS description, c.resolution AS resolution,
              c.resolved_tier AS resolvedTier
       ${CASE_FROM} WHERE c.id = ?`,
      [id],
    );
  if (!record) throw notFound('case', id);
  const policies = await loadPolicies(em);
  const [region]: Array<{ name: string }> = await em.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM unit WHERE id = ?
       UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
     )
     SELECT unit.name AS name FROM up JOIN unit ON unit.id = up.id JOIN level l ON l.id = unit.level_id WHERE l.rank = 1 LIMIT 1`,
    [record.unitId],
  );
  const eventRows: EventRecord[] = await em.query(
    `SELECT id, at, kind, from_tier AS fromTier, to_tier AS toTier, note, actor FROM case_event WHERE case_id = ? ORDER BY at, id`,
    [id],
  );
  const events: CaseEventDto[] = eventRows.map((e) => ({ ...e, at: fromStored(e.at).toISOString() }));
  const clockRows: ClockRecord[] = await em.query(
    `SELECT tier, arrived_at AS arrivedAt, response_minutes AS responseMinutes, held_minutes AS heldMinutes,
            response_breached AS responseBreached, resolution_breached AS resolutionBreached
     FROM case_tier_clock WHERE case_id = ?`,
    [id],
  );
  const replay = eventRows.map((e) => ({ at: fromStored(e.at), kind: e.kind, toTier: e.toTier }));
  const clocks = clockRows
    .sort((a, b) => SUPPORT_TIERS.indexOf(a.tier) - SUPPORT_TIERS.indexOf(b.tier))
    .map((k): TierClockDto => {
      const policy = policies[k.tier];
      const stored: ClockState = {
        responseMinutes: k.responseMinutes, heldMinutes: k.heldMinutes,
        responseBreached: Boolean(k.responseBreached), resolutionBreached: Boolean(k.resolutionBreached),
      };
      const holding = k.tier === record.tier && record.state !== 'resolved';
      const clock = holding ? holdingClock(record, now, policies) : stored;
      const segments = holding ? runningSegments(replay, k.tier) : [];
      const due = (target: number) => dueAt(segments, target, policy.businessHours)?.toISOString() ?? null;
      return {
        tier: k.tier,
        arrivedAt: fromStored(k.arrivedAt).toISOString(),
        ...clock,
        responseDueAt: holding && clock.responseMinutes === null ? due(policy.firstResponseMinutes) : null,
        resolutionDueAt: holding ? due(policy.resolutionMinutes) : null,
      };
    });
  return {
    ...toRow(record, region?.name ?? null, now, policies),
    reporterContact: record.reporterContact,
    description: record.description,
    resolution: record.resolution,
    resolvedTier: record.resolvedTier,
    events,
    clocks,
    path: await pathOf(record.unitId),
  };
}
