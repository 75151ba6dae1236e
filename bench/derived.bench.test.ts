// The stored unit rollout states (issue 16) on the rollout bench's organization: 5,000
// units x 6 stages, ten waves, 50,000 people, 100,000 assignments and 200,000 attendance
// rows. rollout.dashboard and rollout.timeline through the dispatcher against today's
// computation (bench/raw/rollout-reference.ts) and the fair raw SQL (raw/rollout.ts,
// raw/timeline.ts), every figure checked equal first; and the cost of setting a stage
// with its stored state against the same write without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { startChange } from '../src/core/rollout/actor';
import { setStage } from '../src/core/rollout/progress';
import { getUnitRollout } from '../src/core/rollout/unit-rollout';
import { generateOwnership } from './coverage-people';
import { fillOwnership } from './raw/coverage-fill';
import { rawImportUnitsBatched } from './raw/import-units';
import { rawDashboard } from './raw/rollout';
import { fillRollout } from './raw/rollout-fill';
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
    const units: Array<{ id: number }> = await core.ds.query('SELECT id FROM unit WHERE archived = FALSE ORDER BY id LIMIT 200');
    const [stage]: Array<{ id: number }> = await core.ds.query('SELECT id FROM stage ORDER BY sort_order LIMIT 1');
    let turn = 0;
    // Each write changes something: the next unit, between two states.
    const input = () => {
      turn += 1;
      return { unitId: units[turn % units.length]?.id ?? 0, stageId: stage?.id ?? 0, state: turn % 400 < 200 ? 'in_progress' as const : 'done' as const, blockedReason: '' };
    };
    const write = (withState: boolean) => core.ds.transaction(async (em) => {
      const change = await startChange(em, NOW);
      const given = input();
      if (withState) await setStage(em, change, given);
      else await setStageReference(em, change, given);
      return getUnitRollout(em, given.unitId, change.today);
    });
    report.check(await compare({ name: 'rollout.setStage write, with the stored state', goal: 2, warmup: 5, reps: 41, ours: () => timed(() => write(true)), raw: () => timed(() => write(false)) }));
    const [stored] = await core.ds.query('SELECT COUNT(*) AS n FROM unit_rollout_state');
    expect(Number(stored.n)).toBe(UNITS);
  });
});
