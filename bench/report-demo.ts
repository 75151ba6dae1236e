// The demo organization (national office, 15 regions, 357 chapters) with a
// rollout under way, people in roles, training and a month of support cases,
// so every table of the national report has figures. Made through
// core.dispatch, as a user would, with seeded randomness; "now" is the
// caller's clock, moved here only while support cases are opened.
import type { Core } from '../src/core';
import { call } from './support/dbs';
import { seededRandom } from './support/random';

export const DEMO_TODAY = '2026-03-15';
export const DEMO_NOW = new Date(`${DEMO_TODAY}T12:00:00Z`);

const STAGES = ['anchored', 'super_user', 'basic_training', 'access_ready', 'live', 'follow_up'] as const;
const DAY_MS = 86_400_000;

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface DemoFigures {
  units: number;
  regions: number;
  people: number;
  assignments: number;
  cases: number;
}

/** Fills an empty database; `setNow` moves the core's clock (left at DEMO_NOW). */
export async function seedReportDemo(core: Core, setNow: (instant: Date) => void): Promise<DemoFigures> {
  const rng = seededRandom(6);
  const { units } = await call(core, 'demo.load', {});
  const tree = await call(core, 'units.tree', {});
  const levels = await call(core, 'levels.list', {});
  const rankOf = new Map(levels.map((l) => [l.id, l.rank]));
  const national = tree.filter((u) => rankOf.get(u.levelId) === 0);
  const regions = tree.filter((u) => rankOf.get(u.levelId) === 1);
  const chapters = tree.filter((u) => rankOf.get(u.levelId) === 2);
  const stage = new Map((await call(core, 'stages.list', {})).map((s) => [s.key, s.id]));
  const role = new Map((await call(core, 'roles.list', {})).map((r) => [r.key, r.id]));
  const type = new Map((await call(core, 'trainingTypes.list', {})).map((t) => [t.key, t.id]));
  const id = (map: Map<string | null, number>, key: string): number => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`no ${key} in the catalog`);
    return found;
  };

  // Three waves over the regions: the first nearly through, the second under way, the third planned.
  const waves = [
    { name: 'Etappe 1', start: '2025-11-03', end: '2026-03-25', regions: regions.slice(0, 5) },
    { name: 'Etappe 2', start: '2026-01-12', end: '2026-05-29', regions: regions.slice(5, 10) },
    { name: 'Etappe 3', start: '2026-05-04', end: '2026-09-30', regions: regions.slice(10) },
  ];
  for (const [w, spec] of waves.entries()) {
    const wave = await call(core, 'waves.create', { name: spec.name, plannedStart: spec.start, plannedEnd: spec.end });
    for (const [i, key] of STAGES.entries()) {
      await call(core, 'waves.setStageDate', { waveId: wave.id, stageId: id(stage, key), plannedDate: plusDays(spec.start, i * 21) });
    }
    for (const region of spec.regions) await call(core, 'waves.addRegion', { waveId: wave.id, regionId: region.id });
    // Whole-wave steps: the first wave has done three stages everywhere, the second one.
    for (const key of STAGES.slice(0, w === 0 ? 3 : w === 1 ? 1 : 0)) {
      await call(core, 'rollout.bulk', { scope: 'wave', scopeId: wave.id, stageId: id(stage, key), action: 'done', doneDate: plusDays(spec.start, 14) });
    }
  }
  // Chapters of the first two waves move on at their own pace; some are stuck.
  const waveChapters = new Set(waves.slice(0, 2).flatMap((w) => w.regions.map((r) => r.id)));
  for (const chapter of chapters.filter((c) => c.parentId !== null && waveChapters.has(c.parentId))) {
    const next = rng.int(0, 6);
    for (const key of STAGES.slice(0, next)) {
      await call(core, 'rollout.setStage', { unitId: chapter.id, stageId: id(stage, key), state: 'done', doneDate: '2026-02-20' });
    }
    const current = STAGES[next];
    if (current && rng.chance(0.25)) {
      const blocked = rng.chance(0.3);
      await call(core, 'rollout.setStage', {
        unitId: chapter.id, stageId: id(stage, current), state: blocked ? 'blocked' : 'in_progress',
        ...(blocked ? { blockedReason: 'Venter på lisenser' } : {}),
      });
    }
  }

  // People in roles: the national roles, a sponsor and a super-user in most regions, and most chapters staffed.
  let people = 0;
  let assignments = 0;
  const person = async (unitId: number) => {
    people++;
    return (await call(core, 'people.create', { name: `Person ${people}`, email: `person${people}@example.no`, homeUnitId: unitId })).id;
  };
  const assign = async (personId: number, key: string, unitId: number, startDate: string) => {
    assignments++;
    await call(core, 'assignments.create', { personId, roleId: id(role, key), unitId, startDate, endDate: null });
  };
  const top = national[0];
  if (!top) throw new Error('the demo has no national office');
  for (const key of ['system_owner', 'functional_owner', 'functional_group']) await assign(await person(top.id), key, top.id, '2025-01-01');
  const superUsers: number[] = [];
  const holders: number[] = [];
  for (const region of regions) {
    if (rng.chance(0.8)) await assign(await person(region.id), 'sponsor', region.id, '2025-06-01');
    if (rng.chance(0.7)) {
      const p = await person(region.id);
      await assign(p, 'super_user', region.id, '2025-06-01');
      superUsers.push(p);
    }
  }
  for (const chapter of chapters) {
    for (const key of ['chapter_leader', 'super_user', 'local_support']) {
      if (!rng.chance(key === 'chapter_leader' ? 0.85 : 0.55)) continue;
      const p = await person(chapter.id);
      // Some started recently: newcomers, many of them untrained.
      await assign(p, key, chapter.id, rng.chance(0.1) ? '2026-02-20' : '2025-03-01');
      holders.push(p);
      if (key === 'super_user') superUsers.push(p);
    }
  }

  // Training: basic for about two thirds of the holders (some of it old), advanced for half the super-users.
  const trained = holders.filter(() => rng.chance(0.65));
  for (let i = 0; i < trained.length; i += 200) {
    await call(core, 'trainingSessions.create', {
      typeId: id(type, 'basic'), date: i % 400 === 0 ? '2025-09-15' : '2024-02-01', unitId: top.id, format: 'digital',
      attendeeIds: trained.slice(i, i + 200),
    });
  }
  await call(core, 'trainingSessions.create', {
    typeId: id(type, 'advanced'), date: '2026-01-15', unitId: top.id, format: 'in_person', attendeeIds: superUsers.filter(() => rng.chance(0.5)),
  });

  // A month of support cases: most solved at the chapter, some escalated, some left open or answered late.
  let cases = 0;
  for (let day = 30; day >= 1; day--) {
    const date = plusDays(DEMO_TODAY, -day);
    for (let n = rng.int(0, 7); n > 0; n--) {
      const at = (hour: number) => setNow(new Date(`${date}T${String(hour).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`));
      at(7);
      const c = await call(core, 'cases.open', { unitId: rng.pick(chapters).id, reporterName: 'Medlem', description: 'Får ikke logget inn' });
      cases++;
      const fate = rng.next();
      if (fate < 0.1) continue; // still new
      // Opened at 08 in Oslo; an answer at 14 or later breaches the chapter's four hours.
      const answered = rng.chance(0.15) ? 13 : 8;
      at(answered);
      await call(core, 'cases.respond', { id: c.id });
      if (fate < 0.25) continue; // answered, not solved
      if (fate < 0.45) {
        at(answered + 1);
        await call(core, 'cases.escalate', { id: c.id, reason: 'Trenger administrator' });
        if (rng.chance(0.5)) continue;
        at(answered + 2);
        await call(core, 'cases.respond', { id: c.id });
      }
      at(answered + 3);
      await call(core, 'cases.resolve', { id: c.id, resolution: 'Nytt passord' });
    }
  }
  setNow(DEMO_NOW);
  return { units, regions: regions.length, people, assignments, cases };
}
