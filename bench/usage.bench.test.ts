// «Bruk»: adoption for the whole organization (this month against the targets, the 12-month
// trend, the units furthest below, the units in operation but unused) over 5,000 units with
// 24 months of usage rows and 40,000 role assignments, through core.dispatch, against the same
// figures in raw SQL through sqlite3 (raw/usage.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { generateOwnership } from './coverage-people';
import { fillOwnership } from './raw/coverage-fill';
import { rawImportUnitsBatched } from './raw/import-units';
import { fillUsage, fillUsageWith, rawAdoption } from './raw/usage';
import { benchDir, call, openPgBenchCore, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { fillPgOrganization } from './support/fill-pg';
import { BENCH_PG_URL, openRawPg, pgBenchDatabases, type PgBenchDatabases, type RawPg } from './support/raw-pg';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const TODAY = '2026-03-15';
const org = generateOrganization({ units: UNITS, seed: 2024 });
const ownership = generateOwnership(org, { people: 20_000, assignments: 40_000, seed: 31, today: TODAY, expiryDays: 30 });

let dir: BenchDir;
let core: Core;
let db: RawDb;
let usageRows = 0;
const report = createReport();

beforeAll(async () => {
  dir = benchDir();
  const path = (await schemaTemplate(dir))();
  const filler = await openRaw(path);
  await rawImportUnitsBatched(filler, Buffer.from(organizationCsv(org), 'utf8'));
  await fillOwnership(filler, ownership);
  usageRows = await fillUsage(filler, '2026-02', 14);
  await filler.exec('ANALYZE');
  await filler.close();
  core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => new Date(`${TODAY}T12:00:00Z`) });
  db = await openRaw(path);
}, 300_000);

afterAll(async () => {
  report.print();
  await db.close();
  await core.close();
  dir.remove();
});

describe(`usage adoption, ${UNITS} units x 24 months`, () => {
  it('computes adoption no slower than 1.5x raw SQL, with the same figures', async () => {
    const ours = () => call(core, 'usage.adoption', { unitId: null, month: null });
    const raw = () => rawAdoption(db, TODAY);
    const [a, b] = [await ours(), await raw()];
    expect(a).toEqual(b);
    // A realistic mix: some units below target, some flagged, a full trend.
    expect(usageRows).toBeGreaterThan(100_000);
    expect(a.month).toBe('2026-02');
    expect(a.trend).toHaveLength(12);
    expect(a.rows).toHaveLength(10);
    expect(a.furthestBelow).toHaveLength(10);
    expect(a.unused.length).toBeGreaterThan(10);
    console.log(`usage.adoption: ${usageRows} usage rows, ${a.unused.length} unused, total ${JSON.stringify(a.total)}`);

    report.check(
      await compare({
        name: `usage.adoption, ${UNITS} units / ${usageRows} usage rows`,
        goal: 1.5,
        warmup: 2,
        reps: 11,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });
});

// The same on PostgreSQL: Forankring through openCore({ databaseUrl }) against pg directly.
describe.skipIf(!BENCH_PG_URL)(`usage adoption on PostgreSQL, ${UNITS} units x 24 months`, () => {
  let pgDbs: PgBenchDatabases;
  let pgCore: Core;
  let pgDb: RawPg;
  beforeAll(async () => {
    pgDbs = await pgBenchDatabases();
    const url = await pgDbs.fresh();
    await fillPgOrganization(url, org, ownership, (db, insert) => fillUsageWith(db, insert, '2026-02', 14));
    pgCore = await openPgBenchCore(url, () => new Date(`${TODAY}T12:00:00Z`));
    pgDb = await openRawPg(url);
  }, 300_000);
  afterAll(async () => {
    await pgDb?.close();
    await pgCore?.close();
    await pgDbs?.remove();
  });

  it('computes adoption no slower than 1.5x raw SQL, with the same figures', async () => {
    const ours = () => call(pgCore, 'usage.adoption', { unitId: null, month: null });
    const raw = () => rawAdoption(pgDb, TODAY, 'postgres');
    const [a, b] = [await ours(), await raw()];
    expect(a).toEqual(b);
    expect(a.unused.length).toBeGreaterThan(10);
    report.check(
      await compare({
        name: `usage.adoption, ${UNITS} units / 24 months (PostgreSQL)`,
        goal: 1.5,
        warmup: 2,
        reps: 11,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });
});
