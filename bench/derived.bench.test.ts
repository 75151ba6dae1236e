// The stored unit rollout states (issue 16) on the rollout bench's organization: 5,000
// units x 6 stages, ten waves, 50,000 people, 100,000 assignments and 200,000 attendance
// rows. rollout.dashboard and rollout.timeline through the dispatcher against today's
// computation (bench/raw/rollout-reference.ts) and the fair raw SQL (raw/rollout.ts,
// raw/timeline.ts), every figure checked equal first; the dashboard's training figures
// from the stored training facts against today's computation from attendance
// (bench/raw/training-reference.ts) and the raw SQL; and the cost of setting a stage
// with its stored state against the same write without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import type { EntityManager } from 'typeorm';
import { startChange } from '../src/core/rollout/actor';
import { setStage } from '../src/core/rollout/progress';
import { getUnitRollout } from '../src/core/rollout/unit-rollout';
import { generateOwnership } from './coverage-people';
import { fillOwnership } from './raw/coverage-fill';
import { rawImportUnitsBatched } from './raw/import-units';
import { rawDashboard, rawTrainingFigures } from './raw/rollout';
import { computeTrainingFiguresReference } from './raw/training-reference';
import { computeTrainingFigures, type TrainingRollup } from '../src/core/training/figures';
import { loadFlatUnits, regionResolver } from '../src/core/ownership/coverage';
import type { TrainingFigures } from '../src/shared/types-rollout';
import { fillRollout, fillRolloutWith } from './raw/rollout-fill';
import { syncSequences } from './raw/coverage-pg';
import { openPgBenchCore } from './support/dbs';
import { fillPgOrganization } from './support/fill-pg';
import { BENCH_PG_URL, openRawPg, pgBenchDatabases, type PgBenchDatabases, type RawPg } from './support/raw-pg';
import { computeDashboardReference, computeTimelineReference, setStageReference } from './raw/rollout-reference';
import { rawTimeline } from './raw/timeline';
import { generateRollout } from './rollout-data';
import { benchDir, call, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const UNITS = 5000;
const TODAY = '2026-03-15';
const NOW = new Date(`${TODAY}T12:00:00Z`);
const SETTINGS = { basicTrainingPercent: 80, atRiskDays: 14, atRiskPercent: 50, newcomerDays: 60 };
const org = generateOrganization({ units: UNITS, seed: 2024 });
const ownership = generateOwnership(org, { people: 50_000, assignments: 100_000, seed: 77, today: TODAY, expiryDays: 30 });
const rollout = generateRollout(org, ownership, { today: TODAY, attendance: 200_000, seed: 5 });

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
  core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => NOW });
  const rebuild = await timed(() => core.rebuildFigures());
  console.log(`rebuild-figures (every unit's rollout state, no cases): ${rebuild.toFixed(0)} ms`);
  db = await openRaw(path);
});

afterAll(async () => {
  report.print();
  await db.close();
  await core.close();
  dir.remove();
});

describe(`stored unit rollout states, ${UNITS} units x 6 stages`, () => {
  const options = { today: TODAY, settings: SETTINGS };

  it('rolls up the dashboard from the stored states, equal to today\'s computation and the raw SQL', async () => {
    const ours = () => call(core, 'rollout.dashboard', { waveId: null });
    const today = () => computeDashboardReference(core.ds.manager, null, options);
    const raw = () => rawDashboard(db, TODAY, SETTINGS);
    const value = await ours();
    expect(value).toEqual(await today());
    expect(value).toEqual(await raw());
    expect(value.national.late).toBeGreaterThan(200);
    report.check(await compare({ name: 'rollout.dashboard vs today\'s computation', goal: 1, warmup: 2, reps: 9, ours: () => timed(ours), raw: () => timed(today) }));
    report.check(await compare({ name: 'rollout.dashboard vs raw SQL', goal: 1.5, warmup: 1, reps: 9, ours: () => timed(ours), raw: () => timed(raw) }));
  });

  it('reads the timeline from the stored states, equal to today\'s computation and the raw SQL', async () => {
    const ours = () => call(core, 'rollout.timeline', {});
    const today = () => computeTimelineReference(core.ds.manager, options);
    const raw = () => rawTimeline(db, TODAY);
    const value = await ours();
    expect(value).toEqual(await today());
    expect(value).toEqual(await raw());
    expect(value.reduce((n, w) => n + w.units, 0)).toBeGreaterThan(UNITS / 2);
    report.check(await compare({ name: 'rollout.timeline vs today\'s computation', goal: 0.5, warmup: 2, reps: 9, ours: () => timed(ours), raw: () => timed(today) }));
    report.check(await compare({ name: 'rollout.timeline vs raw SQL', goal: 1, warmup: 1, reps: 9, ours: () => timed(ours), raw: () => timed(raw) }));
  });

  it('sets a stage with its stored state within 2x of the same write without it', async () => {
    await compareWrites(core, '');
  });

  it('reads the training figures from the stored facts, equal to today\'s computation and the raw SQL', async () => {
    await compareTraining(core, db, 'sqlite', '');
  });
});

/** The dashboard's training part as the raw SQL groups it: 0 national, -1 no region, else the region. */
function byGroup(r: TrainingRollup): Map<number, TrainingFigures> {
  return new Map([[0, r.national], [-1, r.nationalLevel], ...r.regions]);
}

/** The dashboard's training figures (nation, regions, national level): stored facts, today's computation, raw SQL. */
async function compareTraining(app: Core, raw: Pick<RawDb, 'all'>, dialect: 'sqlite' | 'postgres', suffix: string): Promise<void> {
  const em = app.ds.manager;
  const figures = (compute: typeof computeTrainingFigures) => async () => {
    const resolve = regionResolver(await loadFlatUnits(em));
    return byGroup(await compute(em, { today: TODAY, newcomerDays: SETTINGS.newcomerDays, regionOf: (id) => resolve(id)?.id ?? null }));
  };
  const ours = figures(computeTrainingFigures);
  const today = figures(computeTrainingFiguresReference);
  const sql = () => rawTrainingFigures(raw, TODAY, SETTINGS.newcomerDays, dialect);
  const value = await ours();
  expect(value).toEqual(await today());
  // The raw SQL leaves out groups without holders.
  expect(new Map([...value].filter(([, f]) => f.holders > 0))).toEqual(await sql());
  expect(value.get(0)?.holders).toBeGreaterThan(10_000);
  expect(value.get(0)?.refresherOverdue).toBeGreaterThan(0);
  report.check(await compare({ name: `training figures, stored facts vs today's computation${suffix}`, goal: 1, warmup: 2, reps: 9, ours: () => timed(ours), raw: () => timed(today) }));
  report.check(await compare({ name: `training figures, stored facts vs raw SQL${suffix}`, goal: 1.5, warmup: 1, reps: 9, ours: () => timed(ours), raw: () => timed(sql) }));
}

/** rollout.setStage's transaction with the unit's state stored, against the same without it, on alternating units. */
async function compareWrites(app: Core, suffix: string): Promise<void> {
  const em: EntityManager = app.ds.manager;
  const units: Array<{ id: number }> = await em.query('SELECT id FROM unit WHERE archived = FALSE ORDER BY id LIMIT 200');
  const [stage]: Array<{ id: number }> = await em.query('SELECT id FROM stage ORDER BY sort_order LIMIT 1');
  let turn = 0;
  // Each write changes something: the next unit, between two states.
  const input = () => {
    turn += 1;
    return { unitId: units[turn % units.length]?.id ?? 0, stageId: stage?.id ?? 0, state: turn % 400 < 200 ? 'in_progress' as const : 'done' as const, blockedReason: '' };
  };
  const write = (withState: boolean) => app.ds.transaction(async (tx) => {
    const change = await startChange(tx, NOW);
    const given = input();
    if (withState) await setStage(tx, change, given);
    else await setStageReference(tx, change, given);
    return getUnitRollout(tx, given.unitId, change.today);
  });
  report.check(await compare({ name: `rollout.setStage write, with the stored state${suffix}`, goal: 2, warmup: 5, reps: 41, ours: () => timed(() => write(true)), raw: () => timed(() => write(false)) }));
  const [stored] = await em.query('SELECT COUNT(*) AS n FROM unit_rollout_state');
  expect(Number(stored.n)).toBe(UNITS);
}

// The same on PostgreSQL: Forankring through openCore({ databaseUrl }) against pg directly.
describe.skipIf(!BENCH_PG_URL)(`stored unit rollout states on PostgreSQL, ${UNITS} units x 6 stages`, () => {
  const options = { today: TODAY, settings: SETTINGS };
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
    pgCore = await openPgBenchCore(url, () => NOW);
    await pgCore.rebuildFigures();
    pgDb = await openRawPg(url);
  });
  afterAll(async () => {
    await pgDb?.close();
    await pgCore?.close();
    await pgDbs?.remove();
  });

  it('rolls up the dashboard and reads the timeline from the stored states, equal to today\'s computation and the raw SQL', async () => {
    const dashboard = () => call(pgCore, 'rollout.dashboard', { waveId: null });
    const dashboardToday = () => computeDashboardReference(pgCore.ds.manager, null, options);
    const value = await dashboard();
    expect(value).toEqual(await dashboardToday());
    expect(value).toEqual(await rawDashboard(pgDb, TODAY, SETTINGS, 'postgres'));
    const timeline = () => call(pgCore, 'rollout.timeline', {});
    const timelineToday = () => computeTimelineReference(pgCore.ds.manager, options);
    const timelineRaw = () => rawTimeline(pgDb, TODAY, 'postgres');
    const waves = await timeline();
    expect(waves).toEqual(await timelineToday());
    expect(waves).toEqual(await timelineRaw());
    report.check(await compare({ name: 'rollout.dashboard vs today\'s computation (PostgreSQL)', goal: 1, warmup: 1, reps: 7, ours: () => timed(dashboard), raw: () => timed(dashboardToday) }));
    report.check(await compare({ name: 'rollout.timeline vs today\'s computation (PostgreSQL)', goal: 0.5, warmup: 1, reps: 7, ours: () => timed(timeline), raw: () => timed(timelineToday) }));
    report.check(await compare({ name: 'rollout.timeline vs raw SQL (PostgreSQL)', goal: 1, warmup: 1, reps: 7, ours: () => timed(timeline), raw: () => timed(timelineRaw) }));
  });

  it('sets a stage with its stored state within 2x of the same write without it', async () => {
    await compareWrites(pgCore, ' (PostgreSQL)');
  });

  it('reads the training figures from the stored facts, equal to today\'s computation and the raw SQL', async () => {
    await compareTraining(pgCore, pgDb, 'postgres', ' (PostgreSQL)');
  });
});
