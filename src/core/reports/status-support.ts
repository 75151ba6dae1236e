// Support figures per unit for the status reports, in two grouped reads: the
// cases open now and those opened in the period (one pass over support_case),
// and the SLA breaches of the period's cases (one join with the tier clocks).
// Counted exactly as supportMetrics (support/metrics.ts) counts them, so a
// region's row agrees with the support screen: a case belongs to the period
// it was opened in, "solved locally" is resolved_tier 'chapter' over the
// resolved ones, and a breach is each breached response or resolution target
// of any tier.
import type { EntityManager } from 'typeorm';
import { dialectOf, jsonIds, sqliteHint } from '../db/sql';
import { addDays } from '../ownership/dates';
import { osloMidnight } from '../support/metrics';

export interface SupportFigures {
  /** Cases not resolved now, whenever they were opened. */
  openNow: number;
  /** Cases opened in the period … */
  opened: number;
  /** … of which resolved … */
  resolved: number;
  /** … of which by the chapter (solved locally). */
  local: number;
  /** Breached response and resolution targets of the period's cases. */
  breaches: number;
}

export function emptySupport(): SupportFigures {
  return { openNow: 0, opened: 0, resolved: 0, local: 0, breaches: 0 };
}

/** local / resolved, or null when nothing was resolved. */
export function solvedLocallyShare(f: SupportFigures): number | null {
  return f.resolved === 0 ? null : f.local / f.resolved;
}

export function addSupport(into: SupportFigures, f: SupportFigures): void {
  into.openNow += f.openNow;
  into.opened += f.opened;
  into.resolved += f.resolved;
  into.local += f.local;
  into.breaches += f.breaches;
}

/**
 * Figures per unit with any case (others are absent), for the given units or
 * all. `period` is inclusive Oslo dates.
 */
export async function supportByUnit(
  em: EntityManager,
  period: { from: string; to: string },
  unitIds?: readonly number[],
): Promise<Map<number, SupportFigures>> {
  const start = osloMidnight(period.from);
  const end = osloMidnight(addDays(period.to, 1));
  // One JSON parameter instead of a placeholder per id, so any number of units fits.
  const scope = unitIds === undefined ? '' : ` AND c.unit_id IN ${jsonIds(dialectOf(em))}`;
  const scopeParams = unitIds === undefined ? [] : [JSON.stringify(unitIds)];
  const inPeriod = 'c.opened_at >= ? AND c.opened_at < ?';

  // "Open now" needs every case, so this is one pass over the table (in storage order when it is the whole table:
  // NOT INDEXED is SQLite's hint; PostgreSQL's planner chooses the scan itself).
  const whole = unitIds === undefined ? sqliteHint(dialectOf(em), ' NOT INDEXED') : '';
  const cases: Array<{ unitId: number; openNow: number; opened: number; resolved: number; local: number }> = await em.query(
    `SELECT c.unit_id AS "unitId", SUM(CASE WHEN c.state <> 'resolved' THEN 1 ELSE 0 END) AS "openNow",
            SUM(CASE WHEN ${inPeriod} THEN 1 ELSE 0 END) AS opened,
            SUM(CASE WHEN ${inPeriod} AND c.state = 'resolved' THEN 1 ELSE 0 END) AS resolved,
            SUM(CASE WHEN ${inPeriod} AND c.resolved_tier = 'chapter' THEN 1 ELSE 0 END) AS local
     FROM support_case c${whole} WHERE 1 = 1${scope} GROUP BY c.unit_id`,
    [start, end, start, end, start, end, ...scopeParams],
  );
  const breaches: Array<{ unitId: number; breaches: number }> = await em.query(
    `SELECT c.unit_id AS "unitId",
            SUM(CASE WHEN k.response_breached THEN 1 ELSE 0 END) + SUM(CASE WHEN k.resolution_breached THEN 1 ELSE 0 END) AS breaches
     FROM support_case c JOIN case_tier_clock k ON k.case_id = c.id
     WHERE ${inPeriod}${scope} GROUP BY c.unit_id`,
    [start, end, ...scopeParams],
  );

  const byUnit = new Map<number, SupportFigures>();
  for (const r of cases) {
    byUnit.set(r.unitId, {
      openNow: Number(r.openNow), opened: Number(r.opened), resolved: Number(r.resolved), local: Number(r.local), breaches: 0,
    });
  }
  for (const r of breaches) {
    const f = byUnit.get(r.unitId);
    if (f) f.breaches = Number(r.breaches);
  }
  return byUnit;
}
