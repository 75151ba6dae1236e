// The federation table on PostgreSQL (FORANKRING_BENCH_PG_URL, e.g. the dev cluster's
// FORANKRING_TEST_PG_URL): the same generators filled through pg into a database made by the
// bench helpers (pgBenchDatabases, dropped at the end), so it is filled on every run. Each call
// is checked equal to its raw-SQL baseline in PostgreSQL's dialect first, then timed against
// it; reported only, with each call's time against the issue's 200 ms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../src/core';
import type { SupportMetrics } from '../src/shared/types-support';
import { YEAR } from './federation-calls';
import { FEDERATION, FEDERATION_NOW, FEDERATION_SETTINGS, FEDERATION_TODAY, federationData } from './federation-data';
import { rawOverdueCases } from './raw/cases-overdue';
import { rawGapReport } from './raw/coverage';
import { fillOwnershipPg, GAPS_SQL_PG, quoteCamel, syncSequences } from './raw/coverage-pg';
import { rawImportUnitsBatchedPg } from './raw/import-units-pg';
import { rawDashboard } from './raw/rollout';
import { fillRolloutWith } from './raw/rollout-fill';
import { rawSupportMetrics } from './raw/support';
import { fillSupportCasesPg } from './raw/support-fill-pg';
import { rawTimeline } from './raw/timeline';
import { generateSupportCases } from './support-cases';
import { call, openPgBenchCore } from './support/dbs';
import { compare, createReport, median, timed } from './support/harness';
import { BENCH_PG_URL, insertRowsPg, openRawPg, pgBenchDatabases, type PgBenchDatabases, type RawPg } from './support/raw-pg';
import { organizationCsv } from './synthetic-org';
import { bucketOf, bucketValue } from '../src/core/support/figures';

const report = createReport();
const alone: string[] = [];
let core: Core;
let db: RawPg;
let dbs: PgBenchDatabases;

async function fill(url: string): Promise<void> {
  const { org, ownership, rollout } = federationData();
  const filler = await openRawPg(url);
  try {
    await rawImportUnitsBatchedPg(filler, Buffer.from(organizationCsv(org), 'utf8'));
    await fillOwnershipPg(filler, ownership);
    await filler.exec('BEGIN');
    await fillRolloutWith(filler, (table, columns, rows) => insertRowsPg(filler, table, columns, rows), rollout);
    await syncSequences(filler, ['wave', 'training_session']);
    await filler.exec('COMMIT');
    const [{ problems } = { problems: 0 }] = await filler.all<{ problems: number }>('SELECT COUNT(*) AS problems FROM problem');
    await fillSupportCasesPg(filler, generateSupportCases(org, { cases: FEDERATION.cases, seed: 11, from: '2024-03-01', days: 730, problems }));
    await filler.exec('ANALYZE');
  } finally {
    await filler.close();
  }
  const built = await openPgBenchCore(url, () => FEDERATION_NOW);
  await built.rebuildFigures();
  await built.close();
}

function bucketed(m: SupportMetrics): SupportMetrics {
  const at = (v: number | null) => (v === null ? null : bucketValue(bucketOf(v)));
  const stats = (s: SupportMetrics['resolution']) => ({ ...s, medianMinutes: at(s.medianMinutes), p90Minutes: at(s.p90Minutes) });
  return { ...m, firstResponse: stats(m.firstResponse), resolution: stats(m.resolution), byTier: m.byTier.map((t) => ({ ...t, firstResponse: stats(t.firstResponse) })) };
}

const within = (ms: number) => `${ms.toFixed(0).padStart(6)} ms  ${ms <= 200 ? 'within 200 ms' : 'OVER 200 ms'}`;

describe.skipIf(!BENCH_PG_URL)(`federation on PostgreSQL: ${FEDERATION.units} units, ${FEDERATION.cases} cases`, () => {
  beforeAll(async () => {
    const started = performance.now();
    dbs = await pgBenchDatabases();
    const url = await dbs.fresh();
    await fill(url);
    console.log(`federation database filled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    core = await openPgBenchCore(url, () => FEDERATION_NOW);
    db = await openRawPg(url);
  });

  afterAll(async () => {
    report.print();
    if (alone.length > 0) console.log(`\ntime of each call on PostgreSQL (goal 200 ms):\n${alone.join('\n')}\n`);
    await db?.close();
    await core?.close();
    await dbs?.remove();
  });

  const CALLS: ReadonlyArray<{ name: string; ours: () => Promise<unknown>; raw?: () => Promise<unknown>; same?: (a: unknown, b: unknown) => [unknown, unknown] }> = [
    { name: 'Overview: rollout.dashboard', ours: () => call(core, 'rollout.dashboard', { waveId: null }), raw: () => rawDashboard(db, FEDERATION_TODAY, FEDERATION_SETTINGS, 'postgres') },
    {
      name: 'Cases, overdue only: cases.list', ours: () => call(core, 'cases.list', { overdueOnly: true, limit: 50 }), raw: () => rawOverdueCases({ all: (sql, params) => db.all(quoteCamel(sql), params) }, FEDERATION_NOW, 50),
      same: (a, b) => [{ ids: (a as { rows: Array<{ id: number }> }).rows.map((r) => r.id), total: (a as { total: number }).total }, b],
    },
    {
      name: 'Support metrics: 12 months', ours: () => call(core, 'support.metrics', YEAR), raw: () => rawSupportMetrics(db, YEAR.from, YEAR.to, null, 'postgres'),
      same: (a, b) => [a, bucketed(b as SupportMetrics)],
    },
    { name: 'Ownership (gaps): coverage.gaps', ours: () => call(core, 'coverage.gaps', { regionId: null, levelRank: null, roleId: null, limit: 100, offset: 0 }), raw: () => rawGapReport(db, FEDERATION_TODAY, FEDERATION_SETTINGS.expiryDays, GAPS_SQL_PG, { limit: 100, offset: 0 }) },
    { name: 'Training: training.coverage', ours: () => call(core, 'training.coverage', { regionId: null }) },
    { name: 'Timeline: rollout.timeline', ours: () => call(core, 'rollout.timeline', {}), raw: () => rawTimeline(db, FEDERATION_TODAY, 'postgres') },
    { name: 'People: people.search', ours: () => call(core, 'people.search', { query: '', limit: 50 }) },
  ];

  for (const c of CALLS) {
    it(`${c.name} (PostgreSQL)`, async () => {
      const { raw } = c;
      if (raw) {
        const [a, b] = (c.same ?? ((x, y) => [x, y]))(await c.ours(), await raw());
        expect(a).toEqual(b);
        const result = await compare({ name: `${c.name} (PostgreSQL)`, goal: null, reps: 5, ours: () => timed(c.ours), raw: () => timed(raw) });
        report.check(result);
        alone.push(`${c.name.padEnd(40)} ${within(result.oursMs)}`);
      } else {
        expect(await c.ours()).toBeTruthy();
        const samples: number[] = [];
        for (let i = 0; i < 5; i++) samples.push(await timed(c.ours));
        alone.push(`${`${c.name} (no raw baseline)`.padEnd(40)} ${within(median(samples))}`);
      }
    });
  }
});
