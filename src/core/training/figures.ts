// Training coverage figures for any grouping of units, counting distinct
// people per group. Built for the whole organization in one call: the facts
// come from two flat queries over the assignments and the stored training
// facts (facts.ts), and each grouping is one pass.
import type { EntityManager } from 'typeorm';
import type { TrainingFigures } from '../../shared/types-rollout';
import {
  ADVANCED_VALID, BASIC_VALID, loadTrainingFacts, NEWCOMER, NEWCOMER_UNTRAINED, REFRESHER_OVERDUE,
  type FactsOptions, type TrainingFacts,
} from './facts';

export interface TrainingFiguresOptions extends FactsOptions {
  /** Each unit's region id (null for none); fills `regions` when given. */
  regionOf?: (unitId: number) => number | null;
}

export interface TrainingRollup {
  today: string;
  /** Per unit with at least one current holder; use figuresOr(units.get(id)) for the others. */
  units: Map<number, TrainingFigures>;
  /** Per region, distinct people; empty unless regionOf was given. */
  regions: Map<number, TrainingFigures>;
  /** Every unit in scope, distinct people. */
  national: TrainingFigures;
  /** Units in no region (regionOf gives null): the national unit itself; zeros unless regionOf was given. */
  nationalLevel: TrainingFigures;
  /** Distinct people per group for any other grouping (waves, say); units mapped to null are left out. */
  groupBy(keyOf: (unitId: number) => number | null): Map<number, TrainingFigures>;
}

export function emptyTrainingFigures(): TrainingFigures {
  return {
    holders: 0, basicValid: 0, basicShare: null, superUsers: 0, superUsersAdvanced: 0,
    refresherOverdue: 0, newcomers: 0, newcomersUntrained: 0,
  };
}

/** The figures, or all zeros for a scope without holders. */
export function figuresOr(figures: TrainingFigures | undefined): TrainingFigures {
  return figures ?? emptyTrainingFigures();
}

/** Sums one group's people. `people` maps person id to 1 when they hold the super-user role in the group. */
function tally(people: Map<number, number>, flags: Map<number, number>): TrainingFigures {
  const f = emptyTrainingFigures();
  for (const [person, superUser] of people) {
    const bits = flags.get(person) ?? 0;
    f.holders += 1;
    if (bits & BASIC_VALID) f.basicValid += 1;
    if (superUser) {
      f.superUsers += 1;
      if (bits & ADVANCED_VALID) f.superUsersAdvanced += 1;
    }
    if (bits & REFRESHER_OVERDUE) f.refresherOverdue += 1;
    if (bits & NEWCOMER) f.newcomers += 1;
    if (bits & NEWCOMER_UNTRAINED) f.newcomersUntrained += 1;
  }
  f.basicShare = f.holders === 0 ? null : f.basicValid / f.holders;
  return f;
}

/** Distinct people per group, then their figures. */
export function groupFigures(facts: TrainingFacts, keyOf: (unitId: number) => number | null): Map<number, TrainingFigures> {
  const groups = new Map<number, Map<number, number>>();
  for (const h of facts.holdings) {
    const key = keyOf(h.unitId);
    if (key === null) continue;
    let people = groups.get(key);
    if (people === undefined) {
      people = new Map();
      groups.set(key, people);
    }
    if (h.superUser) people.set(h.personId, 1);
    else if (!people.has(h.personId)) people.set(h.personId, 0);
  }
  const result = new Map<number, TrainingFigures>();
  for (const [key, people] of groups) result.set(key, tally(people, facts.flags));
  return result;
}

/** The roll-up of a set of facts: per unit, per region (with regionOf) and for the nation. */
export function rollupOf(facts: TrainingFacts, options: Pick<TrainingFiguresOptions, 'today' | 'regionOf'>): TrainingRollup {
  const { regionOf } = options;
  return {
    today: options.today,
    units: groupFigures(facts, (unitId) => unitId),
    regions: regionOf ? groupFigures(facts, regionOf) : new Map(),
    national: figuresOr(groupFigures(facts, () => 0).get(0)),
    nationalLevel: figuresOr(regionOf ? groupFigures(facts, (unitId) => (regionOf(unitId) === null ? 0 : null)).get(0) : undefined),
    groupBy: (keyOf) => groupFigures(facts, keyOf),
  };
}

/**
 * Training figures per unit, per region and for the nation in one call:
 * holders (distinct people with a current role), valid basic training,
 * super-users with advanced training, overdue refreshers and untrained
 * newcomers, from the stored training facts (facts.ts). A seeded type (basic,
 * advanced, refresher) that was deleted makes its figure 0.
 */
export async function computeTrainingFigures(em: EntityManager, options: TrainingFiguresOptions): Promise<TrainingRollup> {
  return rollupOf(await loadTrainingFacts(em, options), options);
}

export interface BasicShare {
  holders: number;
  basicValid: number;
  /** basicValid / holders, 0..1 (null without holders). */
  share: number | null;
}

/**
 * For the 'basic_training' stage rule: per unit (only units with holders are
 * present), how many of its current role holders have valid basic training.
 */
export async function basicTrainedShareByUnit(
  em: EntityManager,
  options: { today: string; unitIds?: readonly number[] },
): Promise<Map<number, BasicShare>> {
  // The newcomer window plays no part in the basic share.
  const facts = await loadTrainingFacts(em, { ...options, newcomerDays: 0 });
  const result = new Map<number, BasicShare>();
  for (const [unitId, f] of groupFigures(facts, (unitId) => unitId)) {
    result.set(unitId, { holders: f.holders, basicValid: f.basicValid, share: f.basicShare });
  }
  return result;
}

/** The 'basic_training' rule: at least `percent` % of at least one holder. Integer arithmetic, so 80 % of 5 is exactly 4. */
export function meetsBasicTraining(share: BasicShare | undefined, percent: number): boolean {
  return share !== undefined && share.holders > 0 && share.basicValid * 100 >= percent * share.holders;
}
