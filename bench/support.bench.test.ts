// Support metrics for 500,000 cases over two years on the 5,000-unit
// synthetic organization: support.metrics through core.dispatch, against the
// same figures computed in raw SQL through sqlite3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { bucketOf, bucketValue } from '../src/core/support/figures';
import type { SupportMetrics } from '../src/shared/types-support';
import { rawImportUnitsBatched } from './raw/import-units';
import { rawImportUnitsBatchedPg } from './raw/import-units-pg';
import { fillSupportCasesPg } from './raw/support-fill-pg';
import { openPgBenchCore } from './support/dbs';
import { BENCH_PG_URL, openRawPg, pgBenchDatabases, type PgBenchDatabases, type RawPg } from './support/raw-pg';
import { rawSupportMetrics } from './raw/support';
import { fillSupportCases } from './raw/support-fill';
import { generateSupportCases, type SupportCaseOptions } from './support-cases';
import { benchDir, call, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const CASES = 500_000;
const FROM = '2024-03-01';
const TO = '2026-02-28';
const org = generateOrganization({ units: UNITS, seed: 2024 });
const options = (problems: number): SupportCaseOptions => ({ cases: CASES, seed: 11, from: FROM, days: 730, problems });

let dir: BenchDir;
let core: Core;
let db: RawDb;
let regionId: number;
const report = createReport();

/** support.metrics reads percentiles of periods over 31 days from 5-minute buckets: the middle of the exact value's bucket. */
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
  expect(await fillSupportCases(filler, generateSupportCases(org, options(problems)))).toBe(CASES);
  await filler.exec('ANALYZE');
  const [region] = await filler.all<{ id: number }>(
    `SELECT u.id AS id FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1 ORDER BY u.code LIMIT 1 OFFSET 3`,
  );
  regionId = region?.id ?? 0;
  await filler.close();
  core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => new Date('2026-03-01T12:00:00Z') });
  // The fill wrote cases, clocks and events behind the core's back: the daily rollups and due times come from a rebuild.
  await core.rebuildFigures();
  db = await openRaw(path);
});

afterAll(async () => {
  report.print();
  await db.close();
  await core.close();
  dir.remove();
});

describe(`support metrics, ${CASES} cases over two years, ${UNITS} units`, () => {
  it('generates the same cases from the same seed', () => {
    const first = (n: number) => [...generateSupportCases(org, { ...options(32), cases: n })];
    expect(first(200)).toEqual(first(200));
    expect(first(200).map((c) => c.openedAt)).not.toEqual(first(200).map((c) => c.openedAt).sort());
  });

  it('computes the metrics for two years no slower than 2x raw SQL, with the same figures', async () => {
    const ours = () => call(core, 'support.metrics', { from: FROM, to: TO, regionId: null });
    const raw = () => rawSupportMetrics(db, FROM, TO, null);
    const [a, b] = [await ours(), await raw()];
    expect(a).toEqual(bucketed(b));
    // A realistic mix: most solved locally, some of every tier, breaches charged to every tier.
    expect(a.opened).toBe(CASES);
    expect(a.resolved).toBeGreaterThan(CASES * 0.95);
    expect(a.solvedLocallyShare).toBeGreaterThan(0.65);
    expect(a.solvedLocallyShare).toBeLessThan(0.8);
    expect(a.byTier.every((t) => t.cases > 0 && t.responseBreaches > 0 && t.resolutionBreaches > 0)).toBe(true);
    expect(a.byRegion).toHaveLength(11); // ten regions, then the cases at the national office
    expect(a.topProblems).toHaveLength(10);
    console.log(`support.metrics: ${JSON.stringify({ ...a, byRegion: a.byRegion.length, topProblems: a.topProblems.map((p) => p.cases) })}`);

    report.check(
      await compare({ name: `support.metrics, ${CASES} cases / 2 years`, goal: 2, warmup: 1, reps: 5, ours: () => timed(ours), raw: () => timed(raw) }),
    );
  });

  it('computes the metrics for one region and one month no slower than 2x raw SQL, with the same figures', async () => {
    const region = () => call(core, 'support.metrics', { from: FROM, to: TO, regionId });
    const rawRegion = () => rawSupportMetrics(db, FROM, TO, regionId);
    expect(await region()).toEqual(bucketed(await rawRegion()));
    expect((await region()).opened).toBeGreaterThan(10_000);
    report.check(await compare({ name: 'support.metrics, one region / 2 years', goal: 2, reps: 5, ours: () => timed(region), raw: () => timed(rawRegion) }));

    const month = () => call(core, 'support.metrics', { from: '2025-06-01', to: '2025-06-30', regionId: null });
    const rawMonth = () => rawSupportMetrics(db, '2025-06-01', '2025-06-30', null);
    expect(await month()).toEqual(await rawMonth());
    report.check(await compare({ name: 'support.metrics, one month', goal: 2, reps: 7, ours: () => timed(month), raw: () => timed(rawMonth) }));
  });

  it('lists the active and the overdue cases (reported only)', async () => {
    const list = await timed(() => call(core, 'cases.list', { limit: 50 }));
    const overdue = await timed(() => call(core, 'cases.list', { overdueOnly: true, limit: 50 }));
    const rows = await call(core, 'cases.list', { overdueOnly: true, limit: 50 });
    expect(rows.total).toBeGreaterThan(0);
    console.log(`cases.list ${list.toFixed(1)} ms, cases.list overdueOnly ${overdue.toFixed(1)} ms (${rows.total} overdue)`);
  });
});

// The same on PostgreSQL: Forankring through openCore({ databaseUrl }) against pg directly.
describe.skipIf(!BENCH_PG_URL)(`support metrics on PostgreSQL, ${CASES} cases over two years, ${UNITS} units`, () => {
  let pgDbs: PgBenchDatabases;
  let pgCore: Core;
  let pgDb: RawPg;
  let pgRegionId: number;
  beforeAll(async () => {
    pgDbs = await pgBenchDatabases();
    const url = await pgDbs.fresh();
    const filler = await openRawPg(url);
    await rawImportUnitsBatchedPg(filler, Buffer.from(organizationCsv(org), 'utf8'));
    const [{ problems } = { problems: 0 }] = await filler.all<{ problems: number }>('SELECT COUNT(*) AS problems FROM problem');
    expect(await fillSupportCasesPg(filler, generateSupportCases(org, options(problems)))).toBe(CASES);
    await filler.exec('ANALYZE');
    const [region] = await filler.all<{ id: number }>(
      'SELECT u.id AS id FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1 ORDER BY u.code LIMIT 1 OFFSET 3',
    );
    pgRegionId = region?.id ?? 0;
    await filler.close();
    pgCore = await openPgBenchCore(url, () => new Date('2026-03-01T12:00:00Z'));
    await pgCore.rebuildFigures();
    pgDb = await openRawPg(url);
  });
  afterAll(async () => {
    await pgDb?.close();
    await pgCore?.close();
    await pgDbs?.remove();
  });

  it('computes the metrics for two years, one region and one month no slower than 2x raw SQL, with the same figures', async () => {
    const cases: Array<{ name: string; input: { from: string; to: string; regionId: number | null }; reps: number }> = [
      { name: `support.metrics, ${CASES} cases / 2 years (PostgreSQL)`, input: { from: FROM, to: TO, regionId: null }, reps: 5 },
      { name: 'support.metrics, one region / 2 years (PostgreSQL)', input: { from: FROM, to: TO, regionId: pgRegionId }, reps: 5 },
      { name: 'support.metrics, one month (PostgreSQL)', input: { from: '2025-06-01', to: '2025-06-30', regionId: null }, reps: 7 },
    ];
    for (const c of cases) {
      const ours = () => call(pgCore, 'support.metrics', c.input);
      const raw = () => rawSupportMetrics(pgDb, c.input.from, c.input.to, c.input.regionId, 'postgres');
      const [a, b] = [await ours(), await raw()];
      expect(a).toEqual(c.input.from === FROM ? bucketed(b) : b);
      if (c.input.regionId === null && c.input.from === FROM) expect(a.opened).toBe(CASES);
      report.check(await compare({ name: c.name, goal: 2, reps: c.reps, ours: () => timed(ours), raw: () => timed(raw) }));
    }
  });
});
