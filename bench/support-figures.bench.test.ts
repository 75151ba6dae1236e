// Stored support figures at federation scale (issue 16): «overdue only» in
// cases.list and support.metrics for 12 months, with due times and daily
// rollups kept by the case writes, against the fair raw baselines (raw/
// cases-overdue.ts, raw/support-fair.ts) and today's exact method over the
// cases (metrics-exact.ts). FORANKRING_BENCH_CASES sets the size (500,000
// by default, the federation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { bucketOf, bucketValue } from '../src/core/support/figures';
import { supportMetricsFromCases } from '../src/core/support/metrics-exact';
import type { SupportMetrics } from '../src/shared/types-support';
import { rawOverdueCases } from './raw/cases-overdue';
import { rawImportUnitsBatched } from './raw/import-units';
import { fairSupportMetrics } from './raw/support-fair';
import { fillSupportCases } from './raw/support-fill';
import { generateSupportCases } from './support-cases';
import { benchDir, call, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const CASES = Number(process.env.FORANKRING_BENCH_CASES ?? 500_000);
const NOW = new Date('2026-03-01T12:00:00Z');
const YEAR = { from: '2025-03-01', to: '2026-02-28', regionId: null };
const org = generateOrganization({ units: UNITS, seed: 2024 });

let dir: BenchDir;
let core: Core;
let db: RawDb;
const report = createReport();

/** A percentile from the rollups is the middle of the bucket the exact one falls in (figures.ts). */
function bucketed(m: SupportMetrics): SupportMetrics {
  const at = (v: number | null) => (v === null ? null : bucketValue(bucketOf(v)));
  const stats = (s: SupportMetrics['resolution']) => ({ ...s, medianMinutes: at(s.medianMinutes), p90Minutes: at(s.p90Minutes) });
  return { ...m, firstResponse: stats(m.firstResponse), resolution: stats(m.resolution), byTier: m.byTier.map((t) => ({ ...t, firstResponse: stats(t.firstResponse) })) };
}

beforeAll(async () => {
  dir = benchDir();
  const path = (await schemaTemplate(dir))();
  const filler = await openRaw(path);
  await rawImportUnitsBatched(filler, Buffer.from(organizationCsv(org), 'utf8'));
  const [{ problems } = { problems: 0 }] = await filler.all<{ problems: number }>('SELECT COUNT(*) AS problems FROM problem');
  expect(await fillSupportCases(filler, generateSupportCases(org, { cases: CASES, seed: 11, from: '2024-03-01', days: 730, problems }))).toBe(CASES);
  await filler.exec('ANALYZE');
  await filler.close();
  core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => NOW });
  // The fill wrote cases, clocks and events behind the core's back: the stored figures come from the rebuild.
  const rebuild = await timed(() => core.rebuildFigures());
  console.log(`forankring rebuild-figures over ${CASES} cases: ${(rebuild / 1000).toFixed(1)} s`);
  db = await openRaw(path);
});

afterAll(async () => {
  report.print();
  await db?.close();
  await core?.close();
  dir?.remove();
});

describe(`stored support figures, ${CASES} cases over two years, ${UNITS} units`, () => {
  it('lists the overdue cases from the stored due times, the same cases as counting every open clock on to now', async () => {
    const ours = () => call(core, 'cases.list', { overdueOnly: true, limit: 50 });
    const raw = () => rawOverdueCases(db, NOW, 50);
    const [a, b] = [await ours(), await raw()];
    expect({ ids: a.rows.map((r) => r.id), total: a.total }).toEqual(b);
    expect(a.total).toBeGreaterThan(0);
    report.check(await compare({ name: `cases.list overdue only, ${b.total} of ${CASES}`, goal: 1, reps: 7, ours: () => timed(ours), raw: () => timed(raw) }));
  });

  it('computes 12 months of metrics from the daily rollups, equal to the cases\' figures (percentiles within a bucket)', async () => {
    const ours = () => call(core, 'support.metrics', YEAR);
    const raw = () => fairSupportMetrics(db, YEAR.from, YEAR.to);
    const exact = () => supportMetricsFromCases(core.ds.manager, YEAR);
    const [a, b, c] = [await ours(), await raw(), await exact()];
    expect(c).toEqual(b);
    expect(a).toEqual(bucketed(b));
    expect(a.opened).toBeGreaterThan(CASES * 0.45);
    report.check(await compare({ name: 'support.metrics, 12 months, vs fair raw SQL', goal: 1, reps: 5, ours: () => timed(ours), raw: () => timed(raw) }));
    report.check(await compare({ name: 'support.metrics, 12 months, vs today\'s exact method', goal: 1, reps: 5, ours: () => timed(ours), raw: () => timed(exact) }));
  });
});
