// The lists the dashboard links to: every, late, blocked, at-risk, ready or in operation
// but unused unit, optionally within a region and a wave, by region code and unit code.
import type { EntityManager } from 'typeorm';
import { visibleUnits } from '../call-context';
import type { RolloutListFilter } from '../../shared/contract-rollout';
import type { RolloutListRow } from '../../shared/types-rollout';
import { Unit, Wave } from '../db/entities';
import { notFound } from '../errors';
import { matchesQuery } from '../../shared/fold';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { unusedUnits } from '../usage/adoption';
import type { DashboardOptions } from './dashboard';
import { computeRolloutStatus, type UnitStatus } from './status';

export interface RolloutListInput {
  filter: RolloutListFilter;
  regionId: number | null;
  waveId: number | null;
  query: string;
  sort: 'region' | 'unit' | 'done';
  desc: boolean;
  limit: number;
  offset: number;
}

const KEEP: Record<RolloutListFilter, (s: UnitStatus, unused: boolean) => boolean> = {
  all: () => true,
  late: (s) => s.late,
  blocked: (s) => s.blocked,
  at_risk: (s) => s.atRisk,
  ready: (s) => s.readyStageIds.length > 0,
  unused: (_s, unused) => unused,
};

function lateSince(s: UnitStatus): string | null {
  let earliest: string | null = null;
  for (const st of s.stages) {
    if (st.late && st.plannedDate !== null && (earliest === null || st.plannedDate < earliest)) earliest = st.plannedDate;
  }
  return earliest;
}

export async function listRollout(
  em: EntityManager, input: RolloutListInput, options: DashboardOptions,
): Promise<{ rows: RolloutListRow[]; total: number }> {
  if (input.regionId !== null && !(await em.existsBy(Unit, { id: input.regionId }))) throw notFound('unit', input.regionId);
  if (input.waveId !== null && !(await em.existsBy(Wave, { id: input.waveId }))) throw notFound('wave', input.waveId);
  const statuses = await computeRolloutStatus(em, options);
  const waves = new Map((await em.find(Wave)).map((w) => [w.id, w.name]));
  const units = await loadFlatUnits(em);
  const regionOf = regionResolver(units);
  const keep = KEEP[input.filter];
  // Two cheap reads when no usage is imported; the rule itself lives in usage/unused.ts.
  const unused = new Set(((await unusedUnits(em, options.today)) ?? []).map((u) => u.unitId));
  // A signed-in user's list holds the units they may read.
  const visible = visibleUnits();

  const matching = units.flatMap((u) => {
    const s = statuses.get(u.id);
    if (!s || !keep(s, unused.has(u.id))) return [];
    if (visible && !visible.has(u.id)) return [];
    if (input.waveId !== null && s.waveId !== input.waveId) return [];
    const region = regionOf(u.id);
    if (input.regionId !== null && region?.id !== input.regionId) return [];
    if (!matchesQuery(input.query, u.name, u.code, region?.name)) return [];
    return [{ unit: u, region, status: s }];
  });
  // Units with no region (the national office) first, as on the coverage lists; loadFlatUnits sorted by code.
  const regionCode = (m: (typeof matching)[number]) => m.region?.code ?? '';
  const byRegion = (a: (typeof matching)[number], b: (typeof matching)[number]) => (regionCode(a) < regionCode(b) ? -1 : regionCode(a) > regionCode(b) ? 1 : 0);
  matching.sort(byRegion);
  // Another order is stable over that one, so ties stay grouped by region and code.
  const names = new Intl.Collator('nb', { numeric: true });
  const sign = input.desc ? -1 : 1;
  if (input.sort === 'unit') matching.sort((a, b) => sign * (names.compare(a.unit.name, b.unit.name) || names.compare(a.unit.code, b.unit.code)));
  else if (input.sort === 'done') matching.sort((a, b) => sign * (a.status.shareDone - b.status.shareDone));
  else if (input.desc) matching.reverse();

  const rows = matching.slice(input.offset, input.offset + input.limit).map(({ unit, region, status }): RolloutListRow => ({
    unitId: unit.id,
    code: unit.code,
    name: unit.name,
    regionName: region?.name ?? null,
    waveName: status.waveId === null ? null : (waves.get(status.waveId) ?? null),
    position: status.position,
    readyStageIds: status.readyStageIds,
    shareDone: status.shareDone,
    late: status.late,
    blocked: status.blocked,
    atRisk: status.atRisk,
    unused: unused.has(unit.id),
    lateSince: lateSince(status),
    blockedReason: status.stages.find((st) => st.state === 'blocked')?.blockedReason ?? '',
  }));
  return { rows, total: matching.length };
}
