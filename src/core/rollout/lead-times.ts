// Lead times per region: days from a stage's effective planned date to its
// done date, over done stages that have both. Shows where the rollout goes
// slower the further a unit is from the head office.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';
import type { LeadTimeRow } from '../../shared/types-rollout';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { inScope } from '../call-context';
import type { DashboardOptions } from './dashboard';
import { computeRolloutStatus } from './status';

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** One row per active region, by code (for a signed-in user, the regions they reach into); a region with no samples has null averages. */
export async function computeLeadTimes(em: EntityManager, options: DashboardOptions): Promise<LeadTimeRow[]> {
  const unitIds = inScope();
  const statuses = await computeRolloutStatus(em, { ...options, proposals: false, ...(unitIds ? { unitIds } : {}) });
  const units = await loadFlatUnits(em);
  const regionOf = regionResolver(units);
  const days = new Map<number, number[]>();
  for (const s of statuses.values()) {
    const region = regionOf(s.unitId);
    if (!region) continue;
    for (const st of s.stages) {
      if (st.state !== 'done' || st.plannedDate === null || st.doneDate === null) continue;
      const list = days.get(region.id) ?? [];
      list.push(differenceInCalendarDays(parseISO(st.doneDate), parseISO(st.plannedDate)));
      days.set(region.id, list);
    }
  }
  const reached = unitIds ? new Set(unitIds.map((id) => regionOf(id)?.id)) : null;
  return units.filter((u) => u.levelRank === 1 && !u.archived && (!reached || reached.has(u.id))).map((r) => {
    const samples = (days.get(r.id) ?? []).sort((a, b) => a - b);
    return {
      regionId: r.id,
      code: r.code,
      name: r.name,
      samples: samples.length,
      averageDays: samples.length === 0 ? null : samples.reduce((a, b) => a + b, 0) / samples.length,
      medianDays: median(samples),
    };
  });
}
