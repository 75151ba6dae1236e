// Coverage for the whole organization: 5,000 units, 50,000 people, 100,000
// assignments. coverage.gaps (no filters) through core.dispatch, against the
// same report computed in raw SQL through sqlite3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { generateOwnership } from './coverage-people';
import { rawGapReport } from './raw/coverage';
import { fillOwnership } from './raw/coverage-fill';
import { fillOwnershipPg, GAPS_SQL_PG } from './raw/coverage-pg';
import { rawImportUnitsBatched } from './raw/import-units';
import { rawImportUnitsBatchedPg } from './raw/import-units-pg';
import { openPgBenchCore } from './support/dbs';
import { BENCH_PG_URL, openRawPg, pgBenchDatabases, type PgBenchDatabases, type RawPg } from './support/raw-pg';
import { benchDir, call, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const PEOPLE = 50_000;
const ASSIGNMENTS = 100_000;
const TODAY = '2026-03-15';
const EXPIRY_DAYS = 30;
const org = generateOrganization({ units: UNITS, seed: 2024 });
const ownership = generateOwnership(org, { people: PEOPLE, assignments: ASSIGNMENTS, seed: 77, today: TODAY, expiryDays: EXPIRY_DAYS });
const noFilters = { regionId: null, levelRank: null, roleId: null };
// The screen's first page; the raw side cuts the same page, so both answer the same rows and total.
const FIRST_PAGE = { limit: 100, offset: 0 };

let dir: BenchDir;
let path: string;
let core: Core;
let db: RawDb;
const report = createReport();

beforeAll(async () => {
  dir = benchDir();
  path = (await schemaTemplate(dir))();
  const filler = await openRaw(path);
  await rawImportUnitsBatched(filler, Buffer.from(organizationCsv(org), 'utf8'));
  await fillOwnership(filler, ownership);
  // A closed district: its units and their roles must drop out of coverage.
  const [district] = await filler.all<{ code: string }>(
    'SELECT u.code AS code FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 2 ORDER BY u.code LIMIT 1',
  );
  await filler.exec(`UPDATE unit SET archived = 1 WHERE code LIKE '${district?.code ?? '?'}%'`);
  await filler.close();
  core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => new Date(`${TODAY}T12:00:00Z`) });
  db = await openRaw(path);
});

afterAll(async () => {
  report.print();
  await db.close();
  await core.close();
  dir.remove();
});

describe(`coverage, ${UNITS} units, ${PEOPLE} people, ${ASSIGNMENTS} assignments`, () => {
  it('generates the same people and assignments from the same seed, with a realistic mix', () => {
    expect(generateOwnership(org, { people: PEOPLE, assignments: ASSIGNMENTS, seed: 77, today: TODAY, expiryDays: EXPIRY_DAYS })).toEqual(ownership);
    expect(ownership.people).toHaveLength(PEOPLE);
    expect(ownership.assignments).toHaveLength(ASSIGNMENTS);
    const current = ownership.assignments.filter((a) => a.startDate <= TODAY && (a.endDate === null || a.endDate > TODAY));
    const ended = ownership.assignments.filter((a) => a.endDate !== null && a.endDate <= TODAY);
    expect(current.length).toBeGreaterThan(ASSIGNMENTS / 2);
    expect(ended.length).toBeGreaterThan(ASSIGNMENTS / 5);
    expect(ownership.assignments.some((a) => a.startDate > TODAY)).toBe(true);
    const emails = ownership.people.flatMap((p) => (p.email === null ? [] : [p.email]));
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('computes the gap list no slower than 1.5x raw SQL, with the same rows and counts', async () => {
    const ours = () => call(core, 'coverage.gaps', { ...noFilters, ...FIRST_PAGE });
    const raw = () => rawGapReport(db, TODAY, EXPIRY_DAYS, undefined, FIRST_PAGE);
    const [a, b] = [await ours(), await raw()];
    expect(a).toEqual(b);
    // Every kind of gap is there, every region is counted, and not everything is a gap.
    expect(a.national.missing).toBeGreaterThan(100);
    expect(a.national.vacant).toBeGreaterThan(100);
    expect(a.national.expiring).toBeGreaterThan(100);
    expect(a.byRegion.map((r) => r.regionCode)).toEqual([null, ...org.filter((u) => u.depth === 1).map((u) => u.code)]);
    const required: Array<{ n: number }> = await db.all(
      `SELECT COUNT(*) AS n FROM unit u JOIN level l ON l.id = u.level_id
       JOIN role_requirement rr ON rr.level_rank = l.rank AND rr.minimum >= 1 WHERE u.archived = 0`,
    );
    expect(a.national.total).toBeLessThan((required[0]?.n ?? 0) / 2);
    console.log(`coverage: ${required[0]?.n} required roles, gaps ${JSON.stringify(a.national)}`);

    report.check(
      await compare({
        name: `coverage.gaps, ${UNITS} units / ${ASSIGNMENTS} assignments`,
        goal: 1.5,
        warmup: 2,
        reps: 11,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });

  it('finds the overloaded champions (reported only)', async () => {
    const rows = await call(core, 'coverage.overloaded', {});
    expect(rows.filter((r) => r.reasons.includes('units')).length).toBe(12);
    // Six people hold four different required roles each: listed for 'roles' alone.
    expect(rows.filter((r) => r.reasons.join() === 'roles' && r.requiredRoles === 4)).toHaveLength(6);
    const ms = await timed(() => call(core, 'coverage.overloaded', {}));
    const card = await timed(async () => {
      const [unit] = await db.all<{ id: number }>("SELECT u.id AS id FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 5 AND u.archived = 0 LIMIT 1");
      await call(core, 'units.card', { id: unit?.id ?? 0 });
    });
    console.log(`coverage.overloaded: ${rows.length} people in ${ms.toFixed(1)} ms; units.card for a subgroup in ${card.toFixed(1)} ms`);
  });
});

// The same on PostgreSQL: Forankring through openCore({ databaseUrl }) against pg directly.
describe.skipIf(!BENCH_PG_URL)(`coverage on PostgreSQL, ${UNITS} units, ${PEOPLE} people, ${ASSIGNMENTS} assignments`, () => {
  let pgDbs: PgBenchDatabases;
  let pgCore: Core;
  let pgDb: RawPg;
  beforeAll(async () => {
    pgDbs = await pgBenchDatabases();
    const url = await pgDbs.fresh();
    const filler = await openRawPg(url);
    await rawImportUnitsBatchedPg(filler, Buffer.from(organizationCsv(org), 'utf8'));
    await fillOwnershipPg(filler, ownership);
    const [district] = await filler.all<{ code: string }>(
      'SELECT u.code AS code FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 2 ORDER BY u.code LIMIT 1',
    );
    await filler.exec(`UPDATE unit SET archived = TRUE WHERE code LIKE '${district?.code ?? '?'}%'`);
    await filler.exec('ANALYZE');
    await filler.close();
    pgCore = await openPgBenchCore(url, () => new Date(`${TODAY}T12:00:00Z`));
    pgDb = await openRawPg(url);
  });
  afterAll(async () => {
    await pgDb?.close();
    await pgCore?.close();
    await pgDbs?.remove();
  });

  it('computes the gap list no slower than 1.5x raw SQL, with the same rows and counts', async () => {
    const ours = () => call(pgCore, 'coverage.gaps', { ...noFilters, ...FIRST_PAGE });
    const raw = () => rawGapReport(pgDb, TODAY, EXPIRY_DAYS, GAPS_SQL_PG, FIRST_PAGE);
    const [a, b] = [await ours(), await raw()];
    expect(a).toEqual(b);
    expect(a.national.missing).toBeGreaterThan(100);
    expect(a.national.vacant).toBeGreaterThan(100);
    expect(a.national.expiring).toBeGreaterThan(100);
    report.check(
      await compare({
        name: `coverage.gaps, ${UNITS} units / ${ASSIGNMENTS} assignments (PostgreSQL)`,
        goal: 1.5,
        warmup: 2,
        reps: 11,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });
});
