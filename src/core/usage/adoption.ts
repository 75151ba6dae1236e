// usage.adoption: this month against the target, a 12-month trend and the units furthest
// below, for the nation or a unit, over the caller's units (inScope); and the units in
// operation but unused, for the Overview (rollout.dashboard) and the reports.
import type { EntityManager } from 'typeorm';
import type { Adoption, UnusedUnit, UsageRow } from '../../shared/types-usage';
import { notFound } from '../errors';
import { NO_TARGET, type Target } from './figures';
import { importedMonths, latestMonth, liveDone, loadFacts, loadUsage, type UsageRowFact } from './load';
import { addMonths, monthOf, monthsUpTo } from './months';
import { Rollup } from './rollup';
import { findUnused } from './unused';

export const TREND_MONTHS = 12;
const FURTHEST = 10;

export interface AdoptionOptions {
  /** Today in Oslo (YYYY-MM-DD). */
  today: string;
  unitId: number | null;
  /** The month asked for; the newest imported when null. */
  month: string | null;
  /** The units the figures may cover; every unit when left out. */
  unitIds?: readonly number[] | undefined;
}

export async function prepare(em: EntityManager, options: AdoptionOptions, months: number) {
  const month = options.month ?? (await latestMonth(em, monthOf(options.today)));
  const facts = await loadFacts(em, options.today);
  const rollup = new Rollup(facts, options.unitIds ? new Set(options.unitIds) : null);
  const trend = month === null ? [] : monthsUpTo(month, months);
  const byMonth = new Map<string, UsageRowFact[]>(trend.map((m) => [m, []]));
  if (month !== null) for (const row of await loadUsage(em, trend[0] ?? month, month)) byMonth.get(row.month)?.push(row);
  for (const [m, rows] of byMonth) rollup.addMonth(m, rows);
  const imported = month === null ? new Set<string>() : await importedMonths(em, addMonths(month, -1), month);
  return { month, rollup, trend, imported, facts };
}

/** The nation's target: the top level's. */
export function nationTarget(rollup: Rollup): Target {
  const top = [...rollup.units].sort((a, b) => a.rank - b.rank)[0];
  const i = top ? rollup.indexOf(top.id) : undefined;
  return i === undefined ? NO_TARGET : rollup.targetOf(i);
}

export async function computeAdoption(em: EntityManager, options: AdoptionOptions): Promise<Adoption> {
  const { month, rollup, trend, imported } = await prepare(em, options, TREND_MONTHS);
  const at = month ?? monthOf(options.today);
  const subjectIndex = options.unitId === null ? undefined : rollup.indexOf(options.unitId);
  if (options.unitId !== null && subjectIndex === undefined) throw notFound('unit', options.unitId);
  const row = (i: number): UsageRow => {
    const u = rollup.units[i];
    return { unitId: u?.id ?? 0, code: u?.code ?? '', name: u?.name ?? '', levelName: u?.levelName ?? '', figures: rollup.figures(i, at) };
  };
  const tops = rollup.tops();
  const target = nationTarget(rollup);
  const totalAt = (m: string) => (subjectIndex === undefined ? rollup.figuresOfAll(tops, m, target) : rollup.figures(subjectIndex, m));
  const inside = (subjectIndex === undefined ? rollup.everything() : rollup.subtree(subjectIndex)).filter((i) => rollup.isIncluded(i));
  const below = subjectIndex === undefined ? inside : inside.filter((i) => i !== subjectIndex);
  const rows = subjectIndex === undefined
    ? inside.filter((i) => rollup.units[i]?.rank === 1)
    : inside.filter((i) => rollup.parentOf(i) === subjectIndex);
  const furthest = below
    .map(row)
    .filter((r) => r.figures.below)
    .sort((a, b) => (a.figures.attainment ?? 0) - (b.figures.attainment ?? 0) || a.code.localeCompare(b.code, 'nb'))
    .slice(0, FURTHEST);
  return {
    month,
    subject: subjectIndex === undefined ? null : row(subjectIndex),
    total: totalAt(at),
    rows: rows.map(row),
    trend: trend.map((m) => ({ month: m, figures: totalAt(m) })),
    furthestBelow: furthest,
    unused: month === null ? [] : findUnused({ rollup, month, imported, liveDone: await liveDone(em) }, inside),
  };
}

/**
 * The units in operation but unused among `unitIds` (every unit when left out), for the Overview's
 * list; null before any usage is imported, when use is not measured at all (not the same as none unused).
 */
export async function unusedUnits(em: EntityManager, today: string, unitIds?: readonly number[]): Promise<UnusedUnit[] | null> {
  // Two cheap reads first: without two imported months running, nothing can be flagged.
  const month = await latestMonth(em, monthOf(today));
  if (month === null) return null;
  if ((await importedMonths(em, addMonths(month, -1), month)).size < 2) return [];
  const { rollup, imported } = await prepare(em, { today, unitId: null, month, unitIds }, 2);
  return findUnused({ rollup, month, imported, liveDone: await liveDone(em) }, rollup.everything());
}
