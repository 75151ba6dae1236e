// The dashboard roll-up for the whole organization: 5,000 units x 6 stages,
// ten waves, a realistic mix of progress, 50,000 people, 100,000 assignments
// and 200,000 attendance rows. rollout.dashboard through core.dispatch,
// against the same figures computed in raw SQL through sqlite3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { generateOwnership } from './coverage-people';
import { rawDashboard } from './raw/rollout';
import { fillOwnership } from './raw/coverage-fill';
import { rawImportUnitsBatched } from './raw/import-units';
import { fillRollout, fillRolloutWith } from './raw/rollout-fill';
import { syncSequences } from './raw/coverage-pg';
import { openPgBenchCore } from './support/dbs';
import { fillPgOrganization } from './support/fill-pg';
import { BENCH_PG_URL, openRawPg, pgBenchDatabases, type PgBenchDatabases, type RawPg } from './support/raw-pg';
import { generateRollout } from './rollout-data';
import { benchDir, call, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const ATTENDANCE = 200_000;
const TODAY = '2026-03-15';
const SETTINGS = { basicTrainingPercent: 80, atRiskDays: 14, atRiskPercent: 50, newcomerDays: 60 };
const org = generateOrganization({ units: UNITS, seed: 2024 });
const ownership = generateOwnership(org, { people: 50_000, assignments: 100_000, seed: 77, today: TODAY, expiryDays: 30 });
const rollout = generateRollout(org, ownership, { today: TODAY, attendance: ATTENDANCE, seed: 5 });

let dir: BenchDir;
let core: Core;
let db: RawDb;
const report = createReport();

beforeAll(async () => {
  dir = benchDir();
  const path = (await schemaTemplate(dir))();
  const filler = await openRaw(path);
  await rawImportUnitsBatched(filler, Buffer.from(organizationCsv(org), 'utf8'));
  await fillOwnership(filler, ownership);
  await fillRollout(filler, rollout);
  await filler.exec('ANALYZE');
  await filler.close();
  core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => new Date(`${TODAY}T12:00:00Z`) });
  // The fill wrote past the core: the stored unit states are worked out from it.
  await core.rebuildFigures();
  db = await openRaw(path);
});

afterAll(async () => {
  report.print();
  await db.close();
  await core.close();
  dir.remove();
});

describe(`rollout dashboard, ${UNITS} units x 6 stages, ${ATTENDANCE} attendance rows`, () => {
  it('generates the same rollout from the same seed, with a realistic mix', () => {
    expect(generateRollout(org, ownership, { today: TODAY, attendance: ATTENDANCE, seed: 5 })).toEqual(rollout);
    expect(rollout.sessions.reduce((n, s) => n + s.attendees.length, 0)).toBe(ATTENDANCE);
    const states = (state: string) => rollout.progress.filter((p) => p.state === state).length;
    expect(states('done')).toBeGreaterThan(5000);
    expect(states('in_progress')).toBeGreaterThan(500);
    expect(states('blocked')).toBeGreaterThan(50);
  });

  it('rolls up the dashboard no slower than 1.5x raw SQL, with the same figures', async () => {
    const ours = () => call(core, 'rollout.dashboard', { waveId: null });
    const raw = () => rawDashboard(db, TODAY, SETTINGS);
    const [a, b] = [await ours(), await raw()];
    expect(a).toEqual(b);
    // A realistic mix: some of everything, nationally and in every region.
    expect(a.national.units).toBe(UNITS);
    expect(a.national.late).toBeGreaterThan(200);
    expect(a.national.blocked).toBeGreaterThan(50);
    expect(a.national.atRisk).toBeGreaterThan(a.national.blocked);
    expect(a.national.positions.filter((c) => c.units > 0).length).toBeGreaterThanOrEqual(7);
    expect(a.national.readyToConfirm).toBeGreaterThan(0);
    expect(a.regions).toHaveLength(10);
    expect(a.national.training.basicValid).toBeGreaterThan(1000);
    expect(a.national.training.superUsersAdvanced).toBeGreaterThan(10);
    expect(a.national.training.refresherOverdue).toBeGreaterThan(1000);
    console.log(`rollout.dashboard: ${JSON.stringify({ ...a.national, positions: a.national.positions.map((c) => c.units) })}`);

    report.check(
      await compare({
        name: `rollout.dashboard, ${UNITS} units / ${ATTENDANCE} attendance`,
        goal: 1.5,
        warmup: 2,
        reps: 11,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });

  it('lists, times and measures the whole rollout (reported only)', async () => {
    const list = await timed(() => call(core, 'rollout.list', { filter: 'late', limit: 100 }));
    const timeline = await timed(() => call(core, 'rollout.timeline', {}));
    const lead = await timed(() => call(core, 'rollout.leadTimes', {}));
    const rows = await call(core, 'rollout.leadTimes', {});
    expect(rows.every((r) => r.samples > 0)).toBe(true);
    console.log(`rollout.list ${list.toFixed(1)} ms, rollout.timeline ${timeline.toFixed(1)} ms, rollout.leadTimes ${lead.toFixed(1)} ms`);
  });
});

// The same on PostgreSQL: Forankring through openCore({ databaseUrl }) against pg directly.
describe.skipIf(!BENCH_PG_URL)(`rollout dashboard on PostgreSQL, ${UNITS} units x 6 stages, ${ATTENDANCE} attendance rows`, () => {
  let pgDbs: PgBenchDatabases;
  let pgCore: Core;
  let pgDb: RawPg;
  beforeAll(async () => {
    pgDbs = await pgBenchDatabases();
    const url = await pgDbs.fresh();
    await fillPgOrganization(url, org, ownership, async (db, insert) => {
      await fillRolloutWith(db, insert, rollout);
      await syncSequences(db, ['wave', 'training_session']);
    });
    pgCore = await openPgBenchCore(url, () => new Date(`${TODAY}T12:00:00Z`));
    await pgCore.rebuildFigures();
    pgDb = await openRawPg(url);
  });
  afterAll(async () => {
    await pgDb?.close();
    await pgCore?.close();
    await pgDbs?.remove();
  });

  it('rolls up the dashboard no slower than 1.5x raw SQL, with the same figures', async () => {
    const ours = () => call(pgCore, 'rollout.dashboard', { waveId: null });
    const raw = () => rawDashboard(pgDb, TODAY, SETTINGS, 'postgres');
    const [a, b] = [await ours(), await raw()];
    expect(a).toEqual(b);
    expect(a.national.units).toBe(UNITS);
    expect(a.national.late).toBeGreaterThan(200);
    report.check(
      await compare({
        name: `rollout.dashboard, ${UNITS} units / ${ATTENDANCE} attendance (PostgreSQL)`,
        goal: 1.5,
        warmup: 2,
        reps: 11,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });
});
