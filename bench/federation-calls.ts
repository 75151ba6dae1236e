// The contract calls behind each screen, as the UI makes them on the federation file, each
// with its raw-SQL baseline where the benches have one (bench/README.md says what each does).
// `same` turns both answers into what must be equal; it runs before anything is timed.
import type { Core } from '../src/core';
import { bucketOf, bucketValue } from '../src/core/support/figures';
import type { SupportMetrics } from '../src/shared/types-support';
import { rawOverdueCases } from './raw/cases-overdue';
import { rawGapReport } from './raw/coverage';
import { rawDashboard } from './raw/rollout';
import { fairSupportMetrics } from './raw/support-fair';
import { rawTimeline } from './raw/timeline';
import { call } from './support/dbs';
import type { RawDb } from './support/raw-sqlite';
import { FEDERATION_NOW, FEDERATION_SETTINGS, FEDERATION_TODAY } from './federation-data';

export const YEAR = { from: '2025-03-01', to: '2026-02-28', regionId: null };

export interface ScreenCall {
  screen: string;
  name: string;
  ours(core: Core): Promise<unknown>;
  /** The raw-SQL baseline and how both answers are compared; none where the benches have no baseline yet. */
  raw?: { run(db: RawDb): Promise<unknown>; same(ours: unknown, raw: unknown): [unknown, unknown] };
}

/** A percentile from the rollups is the middle of the bucket the exact one falls in (support/figures.ts). */
function bucketed(m: SupportMetrics): SupportMetrics {
  const at = (v: number | null) => (v === null ? null : bucketValue(bucketOf(v)));
  const stats = (s: SupportMetrics['resolution']) => ({ ...s, medianMinutes: at(s.medianMinutes), p90Minutes: at(s.p90Minutes) });
  return { ...m, firstResponse: stats(m.firstResponse), resolution: stats(m.resolution), byTier: m.byTier.map((t) => ({ ...t, firstResponse: stats(t.firstResponse) })) };
}

const asIs = (a: unknown, b: unknown): [unknown, unknown] => [a, b];

export const SCREEN_CALLS: readonly ScreenCall[] = [
  {
    screen: 'Overview', name: 'rollout.dashboard',
    ours: (core) => call(core, 'rollout.dashboard', { waveId: null }),
    raw: { run: (db) => rawDashboard(db, FEDERATION_TODAY, FEDERATION_SETTINGS), same: asIs },
  },
  {
    screen: 'Cases, overdue only', name: 'cases.list overdueOnly',
    ours: (core) => call(core, 'cases.list', { overdueOnly: true, limit: 50 }),
    raw: {
      run: (db) => rawOverdueCases(db, FEDERATION_NOW, 50),
      same: (a, b) => {
        const page = a as { rows: Array<{ id: number }>; total: number };
        return [{ ids: page.rows.map((r) => r.id), total: page.total }, b];
      },
    },
  },
  {
    screen: 'Support metrics', name: 'support.metrics 12 months',
    ours: (core) => call(core, 'support.metrics', YEAR),
    raw: { run: (db) => fairSupportMetrics(db, YEAR.from, YEAR.to), same: (a, b) => [a, bucketed(b as SupportMetrics)] },
  },
  { screen: 'Training', name: 'training.coverage', ours: (core) => call(core, 'training.coverage', { regionId: null }) },
  {
    screen: 'Timeline', name: 'rollout.timeline',
    ours: (core) => call(core, 'rollout.timeline', {}),
    raw: { run: (db) => rawTimeline(db, FEDERATION_TODAY), same: asIs },
  },
  {
    screen: 'Ownership (gaps)', name: 'coverage.gaps',
    // The first page, as the screen asks; the raw side cuts the same page of the same order.
    ours: (core) => call(core, 'coverage.gaps', { regionId: null, levelRank: null, roleId: null, limit: 100, offset: 0 }),
    raw: { run: (db) => rawGapReport(db, FEDERATION_TODAY, FEDERATION_SETTINGS.expiryDays, undefined, { limit: 100, offset: 0 }), same: asIs },
  },
  { screen: 'Overview', name: 'coverage.gapCounts', ours: (core) => call(core, 'coverage.gapCounts', {}) },
  { screen: 'People', name: 'people.search', ours: (core) => call(core, 'people.search', { query: '', limit: 50 }) },
  { screen: 'Unit tree', name: 'units.tree', ours: (core) => call(core, 'units.tree', { includeArchived: false }) },
];
