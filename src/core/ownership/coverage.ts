// Coverage: for every active unit and every role its level requires, is the
// role held? Computed from a few flat queries (units, requirements, one
// GROUP BY over assignments) and one pass in JS, because a recursive query per
// unit, or hydrated entities, cost many times more on a 5,000-unit tree.
import type { EntityManager } from 'typeorm';
import type { CoverageRow, CoverageState } from '../../shared/types-ownership';
import { dialectOf, jsonIds, sqliteHint, stringAgg, type Dialect } from '../db/sql';
import { addDays } from './dates';

export interface CoverageOptions {
  /** Europe/Oslo calendar date, YYYY-MM-DD. */
  today: string;
  /** An end date within this many days of today counts as expiring. */
  expiryDays: number;
  /** Only these units; all active units when left out. */
  unitIds?: readonly number[];
}

export interface FlatUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  archived: boolean;
  levelRank: number;
  levelName: string;
}

export interface RequirementInfo {
  roleId: number;
  roleKey: string | null;
  levelRank: number;
  minimum: number;
  nameNb: string;
  nameEn: string;
}

/** One unit + role, summed over its assignments. */
export interface SlotAggregate {
  /** Current holders: start <= today < end. */
  holders: number;
  /** The latest end date on or before today (a past holder), if any. */
  lastEnd: string | null;
  /** End dates of current holders that fall within the expiry window, unordered. */
  ending: string[];
}

export interface SlotState {
  state: CoverageState;
  vacantSince: string | null;
  expiresOn: string | null;
}

/** Every unit with its level, ordered by code. Archived ones too: they still sit in the tree. */
export async function loadFlatUnits(em: EntityManager): Promise<FlatUnit[]> {
  const rows: Array<Omit<FlatUnit, 'archived'> & { archived: number | boolean }> = await em.query(
    `SELECT u.id AS id, u.code AS code, u.name AS name, u.parent_id AS "parentId", u.archived AS archived,
            l.rank AS "levelRank", l.name AS "levelName"
     FROM unit u JOIN level l ON l.id = u.level_id ORDER BY u.code, u.id`,
  );
  return rows.map((r) => ({ ...r, archived: Boolean(r.archived) }));
}

/**
 * One unit's region, as regionResolver finds it, from the unit's own ancestors
 * alone: for a call about one unit, without reading the whole tree.
 */
export async function regionOfUnit(em: EntityManager, unitId: number): Promise<FlatUnit | null> {
  const rows: Array<Omit<FlatUnit, 'archived'> & { archived: number | boolean }> = await em.query(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM unit WHERE id = ?
       UNION ALL
       SELECT u.id, u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id
     )
     SELECT u.id AS id, u.code AS code, u.name AS name, u.parent_id AS "parentId", u.archived AS archived,
            l.rank AS "levelRank", l.name AS "levelName"
     FROM up JOIN unit u ON u.id = up.id JOIN level l ON l.id = u.level_id ORDER BY up.depth`,
    [unitId],
  );
  for (const r of rows) {
    if (r.levelRank === 1) return { ...r, archived: Boolean(r.archived) };
    if (r.levelRank < 1) return null;
  }
  return null;
}

/**
 * Finds each unit's region: its ancestor at rank 1, itself at rank 1, null at
 * rank 0 (and null for a unit with no rank-1 ancestor). Memoized, so the whole
 * tree costs one walk.
 */
export function regionResolver(units: readonly FlatUnit[]): (unitId: number) => FlatUnit | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  const memo = new Map<number, FlatUnit | null>();
  const resolve = (unitId: number): FlatUnit | null => {
    const known = memo.get(unitId);
    if (known !== undefined) return known;
    const unit = byId.get(unitId);
    let region: FlatUnit | null = null;
    if (unit && unit.levelRank === 1) region = unit;
    else if (unit && unit.levelRank > 1 && unit.parentId !== null) region = resolve(unit.parentId);
    memo.set(unitId, region);
    return region;
  };
  return resolve;
}

/** Ids of the unit and everything below it, from the flat tree already read. */
export function subtreeOf(units: readonly FlatUnit[], rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }
  const ids = new Set<number>([rootId]);
  const stack = [rootId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const child of children.get(id) ?? []) {
      ids.add(child);
      stack.push(child);
    }
  }
  return ids;
}

/** Role requirements with the role's names, by rank, in the catalog's order. `minimumAtLeast` 1 = required only. */
export async function loadRequirements(em: EntityManager, minimumAtLeast: number): Promise<Map<number, RequirementInfo[]>> {
  const rows: RequirementInfo[] = await em.query(
    `SELECT rr.role_id AS "roleId", r.key AS "roleKey", rr.level_rank AS "levelRank", rr.minimum AS minimum,
            r.name_nb AS "nameNb", r.name_en AS "nameEn"
     FROM role_requirement rr JOIN role r ON r.id = rr.role_id
     WHERE rr.minimum >= ? ORDER BY rr.level_rank, r.sort_order, r.id`,
    [minimumAtLeast],
  );
  const byRank = new Map<number, RequirementInfo[]>();
  for (const r of rows) {
    const list = byRank.get(r.levelRank);
    if (list) list.push(r);
    else byRank.set(r.levelRank, [r]);
  }
  return byRank;
}

// For the whole table, one pass in storage order and a sort beats walking the
// (unit_id, role_id) index, which fetches every row out of order: about half
// the time at 100,000 assignments. A few units still use the index.
const wholeTable = (d: Dialect): string => `FROM assignment${sqliteHint(d, ' NOT INDEXED')}`;

export const slotKey = (unitId: number, roleId: number): string => `${unitId}:${roleId}`;

/**
 * One GROUP BY over the assignments of the given units (all when null): the
 * current holders, the latest past end date, and the end dates that fall inside
 * the window. End dates are exclusive, so "current" is start <= today < end.
 */
export async function aggregateSlots(
  em: EntityManager,
  today: string,
  horizon: string,
  unitIds: readonly number[] | null,
): Promise<Map<string, SlotAggregate>> {
  const d = dialectOf(em);
  const rows: Array<{ unitId: number; roleId: number; holders: number; lastEnd: string | null; ending: string | null }> = await em.query(
    `SELECT unit_id AS "unitId", role_id AS "roleId",
            SUM(CASE WHEN start_date <= ? AND (end_date IS NULL OR end_date > ?) THEN 1 ELSE 0 END) AS holders,
            MAX(CASE WHEN end_date <= ? THEN end_date END) AS "lastEnd",
            ${stringAgg(d, 'CASE WHEN start_date <= ? AND end_date > ? AND end_date <= ? THEN end_date END')} AS ending
     ${unitIds === null ? wholeTable(d) : `FROM assignment WHERE unit_id IN ${jsonIds(d)}`}
     GROUP BY unit_id, role_id`,
    // One JSON parameter instead of a placeholder per id, so any number of units fits.
    [today, today, today, today, today, horizon, ...(unitIds === null ? [] : [JSON.stringify(unitIds)])],
  );
  const slots = new Map<string, SlotAggregate>();
  for (const r of rows) {
    slots.set(slotKey(r.unitId, r.roleId), {
      holders: Number(r.holders),
      lastEnd: r.lastEnd,
      ending: r.ending === null ? [] : r.ending.split(','),
    });
  }
  return slots;
}

const EMPTY_SLOT: SlotAggregate = { holders: 0, lastEnd: null, ending: [] };

/**
 * The state of one slot. Enough holders: 'expiring' when the holders whose
 * end falls in the window would take it below the minimum (expiresOn = the end
 * date that does), else 'filled'. Too few: 'vacant' since the latest past end
 * date if anyone held it before, else 'missing'.
 */
export function slotState(minimum: number, slot: SlotAggregate = EMPTY_SLOT): SlotState {
  const { holders, lastEnd, ending } = slot;
  if (holders >= minimum) {
    if (holders - ending.length >= minimum) return { state: 'filled', vacantSince: null, expiresOn: null };
    // After the (holders - minimum + 1)-th departure the unit is short.
    const sorted = [...ending].sort();
    return { state: 'expiring', vacantSince: null, expiresOn: sorted[holders - minimum] ?? null };
  }
  if (lastEnd !== null) return { state: 'vacant', vacantSince: lastEnd, expiresOn: null };
  return { state: 'missing', vacantSince: null, expiresOn: null };
}

/** Every (active unit x required role) with its state, units by code, roles in catalog order. */
export async function computeCoverage(em: EntityManager, options: CoverageOptions): Promise<CoverageRow[]> {
  return (await computeCoverageWithUnits(em, options)).rows;
}

/** computeCoverage, plus the flat tree it read, for callers that also need codes or parents. */
export async function computeCoverageWithUnits(
  em: EntityManager,
  options: CoverageOptions,
): Promise<{ rows: CoverageRow[]; units: FlatUnit[] }> {
  const { today, expiryDays, unitIds } = options;
  const units = await loadFlatUnits(em);
  const requirements = await loadRequirements(em, 1);
  const slots = await aggregateSlots(em, today, addDays(today, expiryDays), unitIds ?? null);
  const regionOf = regionResolver(units);
  const only = unitIds ? new Set(unitIds) : null;
  const rows: CoverageRow[] = [];
  for (const unit of units) {
    if (unit.archived || (only && !only.has(unit.id))) continue;
    const required = requirements.get(unit.levelRank);
    if (!required) continue;
    const region = regionOf(unit.id);
    for (const req of required) {
      const slot = slots.get(slotKey(unit.id, req.roleId));
      rows.push({
        unitId: unit.id,
        unitCode: unit.code,
        unitName: unit.name,
        levelRank: unit.levelRank,
        levelName: unit.levelName,
        regionId: region?.id ?? null,
        regionName: region?.name ?? null,
        roleId: req.roleId,
        roleNameNb: req.nameNb,
        roleNameEn: req.nameEn,
        minimum: req.minimum,
        holders: slot?.holders ?? 0,
        ...slotState(req.minimum, slot),
      });
    }
  }
  return { rows, units };
}
