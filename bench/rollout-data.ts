// Deterministic rollout and training data on top of the synthetic organization
// and its people: one wave per region, spread over a year around "today", so
// early waves are mostly done, the current ones in progress (some late, some
// blocked) and later ones barely started; and training sessions with 200,000
// attendance rows over three years.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { addDays } from '../src/core/ownership/dates';
import type { OwnershipData } from './coverage-people';
import { seededRandom } from './support/random';
import type { SyntheticUnit } from './synthetic-org';

export const STAGE_COUNT = 6;

export interface BenchWave {
  name: string;
  plannedStart: string;
  plannedEnd: string;
  /** One date per stage, in order. */
  stageDates: string[];
  regionCode: string;
}

export interface BenchProgress {
  unitCode: string;
  /** 0-based stage index in checklist order. */
  stage: number;
  state: 'in_progress' | 'done' | 'blocked';
  plannedDate: string | null;
  doneDate: string | null;
  blockedReason: string;
}

export interface BenchSession {
  typeKey: 'basic' | 'advanced' | 'focus' | 'refresher' | 'newcomer';
  date: string;
  unitCode: string;
  /** Indexes into the people. */
  attendees: number[];
}

export interface RolloutData {
  waves: BenchWave[];
  progress: BenchProgress[];
  sessions: BenchSession[];
}

export interface RolloutOptions {
  today: string;
  attendance: number;
  seed?: number;
}

const TYPES: Array<[BenchSession['typeKey'], number]> = [['basic', 0.45], ['refresher', 0.25], ['advanced', 0.1], ['focus', 0.12], ['newcomer', 0.08]];

function stageDates(start: string, end: string): string[] {
  // As the app spreads them: evenly up to the end, follow-up 30 days later.
  const span = differenceInCalendarDays(parseISO(end), parseISO(start));
  const spread = Array.from({ length: STAGE_COUNT - 1 }, (_, i) => addDays(start, Math.round((span * i) / (STAGE_COUNT - 2))));
  return [...spread, addDays(end, 30)];
}

function unitProgress(rng: ReturnType<typeof seededRandom>, unit: SyntheticUnit, wave: BenchWave, today: string): BenchProgress[] {
  // How many stages are due by today decides how far the unit has likely come.
  const due = wave.stageDates.filter((d) => d < today).length;
  const behind = rng.chance(0.25) ? rng.int(1, 2) : 0;
  const done = Math.max(0, Math.min(STAGE_COUNT, due - behind + (rng.chance(0.1) ? 1 : 0)));
  const rows: BenchProgress[] = [];
  for (let stage = 0; stage < done; stage++) {
    const planned = wave.stageDates[stage] ?? today;
    const doneDate = addDays(planned, rng.int(-10, 25));
    rows.push({ unitCode: unit.code, stage, state: 'done', plannedDate: null, doneDate: doneDate > today ? today : doneDate, blockedReason: '' });
  }
  if (done < STAGE_COUNT) {
    const roll = rng.next();
    const override = rng.chance(0.1) ? addDays(wave.stageDates[done] ?? today, rng.int(-20, 40)) : null;
    if (roll < 0.04) rows.push({ unitCode: unit.code, stage: done, state: 'blocked', plannedDate: override, doneDate: null, blockedReason: 'Venter på IT' });
    else if (roll < 0.45) rows.push({ unitCode: unit.code, stage: done, state: 'in_progress', plannedDate: override, doneDate: null, blockedReason: '' });
  }
  return rows;
}

export function generateRollout(units: readonly SyntheticUnit[], ownership: OwnershipData, options: RolloutOptions): RolloutData {
  const { today, attendance, seed = 5 } = options;
  const rng = seededRandom(seed);
  const regions = units.filter((u) => u.depth === 1);
  const regionOf = new Map<string, string>();
  for (const u of units) {
    if (u.depth === 1) regionOf.set(u.code, u.code);
    else if (u.depth > 1 && u.parentCode !== null) regionOf.set(u.code, regionOf.get(u.parentCode) ?? '');
  }
  // Ten waves, 45 days apart, each 120 days long: the first ended about eight months ago, the seventh ends in
  // ten days (its laggards are at risk), the last in about half a year.
  const waves = regions.map((r, i): BenchWave => {
    const plannedStart = addDays(today, -380 + i * 45);
    const plannedEnd = addDays(plannedStart, 120);
    return { name: `Etappe ${i + 1}`, plannedStart, plannedEnd, stageDates: stageDates(plannedStart, plannedEnd), regionCode: r.code };
  });
  const waveOf = new Map(waves.map((w) => [w.regionCode, w]));
  const progress = units.flatMap((u) => {
    const wave = waveOf.get(regionOf.get(u.code) ?? '');
    return wave ? unitProgress(rng, u, wave, today) : [];
  });

  // Sessions of about 20 people drawn from the unit's own role holders when it has enough, else from anyone.
  const holdersAt = new Map<string, number[]>();
  for (const a of ownership.assignments) {
    const list = holdersAt.get(a.unitCode);
    if (list) list.push(a.person);
    else holdersAt.set(a.unitCode, [a.person]);
  }
  const sessions: BenchSession[] = [];
  let rows = 0;
  while (rows < attendance) {
    const unit = rng.pick(units);
    let roll = rng.next();
    const typeKey = (TYPES.find(([, p]) => (roll -= p) < 0) ?? TYPES[0] as [BenchSession['typeKey'], number])[0];
    const pool = holdersAt.get(unit.code) ?? [];
    const size = Math.min(attendance - rows, rng.int(8, 32));
    const attendees = new Set<number>();
    for (let i = 0; i < size * 2 && attendees.size < size; i++) {
      attendees.add(pool.length >= 3 && rng.chance(0.7) ? rng.pick(pool) : rng.int(0, ownership.people.length - 1));
    }
    sessions.push({ typeKey, date: addDays(today, -rng.int(-20, 1100)), unitCode: unit.code, attendees: [...attendees] });
    rows += attendees.size;
  }
  return { waves, progress, sessions };
}
