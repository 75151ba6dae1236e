// Stored support figures against the same figures worked out from scratch: the
// daily rollups rebuilt from the cases and clocks, the due times replayed from the
// events, and support.metrics from the rollups against the exact method.
import { expect } from 'vitest';
import type { SupportMetrics } from '../../../src/shared/types-support';
import { rebuildDue } from '../../../src/core/support/due-store';
import { bucketOf, bucketValue } from '../../../src/core/support/figures';
import { rebuildFigures } from '../../../src/core/support/figures-store';
import { supportMetrics, type MetricsInput } from '../../../src/core/support/metrics';
import { supportMetricsFromCases } from '../../../src/core/support/metrics-exact';
import type { TestCore } from '../../support/db';

const TABLES = {
  support_day: 'day, unit_id, tier',
  support_day_minutes: 'day, unit_id, tier, measure, bucket',
  support_day_problem: 'day, unit_id, problem_key',
} as const;

async function snapshot(core: TestCore) {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) out[table] = await core.ds.query(`SELECT * FROM ${table} ORDER BY ${order}`);
  out.due = await core.ds.query('SELECT id, response_due_at, resolution_due_at, overdue_at FROM support_case ORDER BY id');
  return out;
}

/** The stored rollups and due times are what a rebuild from scratch writes. */
export async function expectStoredEqualsRebuilt(core: TestCore): Promise<void> {
  const stored = await snapshot(core);
  await core.ds.transaction(async (em) => {
    await rebuildFigures(em);
    await rebuildDue(em);
  });
  expect(await snapshot(core)).toEqual(stored);
}

/** A percentile from the rollups is the middle of the bucket the exact one falls in. */
function bucketed(m: SupportMetrics): SupportMetrics {
  const stats = (s: SupportMetrics['resolution']) => ({
    ...s,
    medianMinutes: s.medianMinutes === null ? null : bucketValue(bucketOf(s.medianMinutes)),
    p90Minutes: s.p90Minutes === null ? null : bucketValue(bucketOf(s.p90Minutes)),
  });
  return { ...m, firstResponse: stats(m.firstResponse), resolution: stats(m.resolution), byTier: m.byTier.map((t) => ({ ...t, firstResponse: stats(t.firstResponse) })) };
}

/** support.metrics from the rollups equals the exact method: exactly for a short period, within a bucket for a long one. */
export async function expectMetricsMatch(core: TestCore, input: MetricsInput, exactPercentiles: boolean): Promise<SupportMetrics> {
  const rolled = await supportMetrics(core.ds.manager, input);
  const exact = await supportMetricsFromCases(core.ds.manager, input);
  expect(rolled).toEqual(exactPercentiles ? exact : bucketed(exact));
  return rolled;
}
