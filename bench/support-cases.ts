// Deterministic support cases for the metrics bench: half a million cases
// over two years on the synthetic organization, most solved in the chapter,
// some escalated tier by tier, a share of them late, the newest still open.
// Clock minutes and breach flags are drawn the way the app would store them
// under the default policies (chapter 240/960, region 240/960, national
// 120/960, vendor 120/1440), so the figures look like a real help desk's.
import type { SupportTier } from '../src/shared/types-support';
import { seededRandom, type Random } from './support/random';
import type { SyntheticUnit } from './synthetic-org';

export interface BenchClock {
  tier: SupportTier;
  arrivedAt: string;
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: boolean;
  resolutionBreached: boolean;
}

export interface BenchCase {
  unitCode: string;
  /** Index into the problem catalog, or null for a case without a matched problem. */
  problem: number | null;
  openedAt: string;
  state: 'open' | 'waiting' | 'resolved';
  tier: SupportTier;
  resolvedAt: string | null;
  resolvedTier: SupportTier | null;
  clocks: BenchClock[];
}

export interface SupportCaseOptions {
  cases: number;
  seed: number;
  /** First day, YYYY-MM-DD (UTC days; the bench covers whole years). */
  from: string;
  days: number;
  /** Size of the problem catalog. */
  problems: number;
}

const TARGETS: Record<SupportTier, [number, number]> = {
  chapter: [240, 960], region: [240, 960], national: [120, 960], vendor: [120, 1440],
};
const TIERS: SupportTier[] = ['chapter', 'region', 'national', 'vendor'];
const DAY = 86_400_000;

const stored = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/** Roughly exponential whole minutes: most small, a long tail. */
const minutes = (rng: Random, mean: number) => Math.floor(-Math.log(1 - rng.next()) * mean);

function pickUnit(rng: Random, byDepth: SyntheticUnit[][]): SyntheticUnit {
  const r = rng.next();
  // Chapters file most cases; groups some; districts, regions and the national office a few.
  const depth = r < 0.65 ? 3 : r < 0.85 ? 4 : r < 0.93 ? 5 : r < 0.97 ? 2 : r < 0.997 ? 1 : 0;
  return rng.pick(byDepth[depth] ?? byDepth[3] ?? []);
}

/** Yields the cases one at a time, so half a million never sit in memory together. */
export function* generateSupportCases(org: readonly SyntheticUnit[], options: SupportCaseOptions): Generator<BenchCase> {
  const rng = seededRandom(options.seed);
  const byDepth: SyntheticUnit[][] = [];
  for (const u of org) (byDepth[u.depth] ??= []).push(u);
  const start = Date.parse(`${options.from}T00:00:00Z`);
  for (let i = 0; i < options.cases; i++) {
    const unit = pickUnit(rng, byDepth);
    const day = rng.int(0, options.days - 1);
    const openedMs = start + day * DAY + rng.int(6 * 60, 19 * 60) * 60_000 + rng.int(0, 59_999);
    // A few popular problems carry most cases; one in ten matches none.
    const problem = rng.chance(0.1) ? null : Math.floor(options.problems * rng.next() ** 2);
    const recent = day >= options.days - 20;
    const state = rng.chance(recent ? 0.5 : 0.015) ? (rng.chance(0.3) ? 'waiting' : 'open') : 'resolved';

    const clocks: BenchClock[] = [];
    let at = openedMs;
    let tierIndex = 0;
    for (;;) {
      const tier = TIERS[tierIndex] as SupportTier;
      const [responseTarget, resolutionTarget] = TARGETS[tier];
      const escalates = tierIndex < 3 && rng.chance(tierIndex === 0 ? 0.28 : 0.3);
      // A tier escalating a case sometimes does so without ever answering.
      const answered = !escalates || rng.chance(0.7);
      const responseMinutes = answered ? minutes(rng, responseTarget / 2.5) : null;
      const heldMinutes = (responseMinutes ?? 0) + minutes(rng, resolutionTarget / (escalates ? 4 : 2.5));
      clocks.push({
        tier,
        arrivedAt: stored(at),
        responseMinutes,
        heldMinutes,
        responseBreached: (responseMinutes ?? heldMinutes) > responseTarget,
        resolutionBreached: heldMinutes > resolutionTarget,
      });
      if (!escalates) break;
      at += (heldMinutes + rng.int(0, 600)) * 60_000;
      tierIndex += 1;
    }
    const resolved = state === 'resolved';
    // A case still open was last written before the data set ends, as a real one was written
    // before now: its escalations past the end are dropped (after drawing them, so every
    // other case stays as it was). An event after "now" would make it overdue from the future.
    if (!resolved) {
      const end = stored(start + options.days * DAY);
      while (clocks.length > 1 && (clocks[clocks.length - 1] as BenchClock).arrivedAt >= end) clocks.pop();
    }
    const last = clocks[clocks.length - 1] as BenchClock;
    yield {
      unitCode: unit.code,
      problem,
      openedAt: stored(openedMs),
      state,
      tier: last.tier,
      resolvedAt: resolved ? stored(Date.parse(`${last.arrivedAt.replace(' ', 'T')}Z`) + (last.heldMinutes + rng.int(0, 900)) * 60_000) : null,
      resolvedTier: resolved ? last.tier : null,
      clocks,
    };
  }
}
