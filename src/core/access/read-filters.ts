// Organization-wide reads the core narrows to a user's scope: the result keeps only the
// units (or rows of units) the user may read. A read that is not here answers only users
// who read the whole organization (check.ts); it joins this table when it can be narrowed
// truthfully (an aggregate must be computed over the scope, not filtered afterwards).
import type { MethodName, ResultOf } from '../../shared/contract';
import type { Scope } from './scope';

type Filter<K extends MethodName> = (value: ResultOf<K>, scope: Scope) => ResultOf<K>;

const byId = <T extends { id: number }>(rows: T[], scope: Scope): T[] => rows.filter((r) => scope.readable.has(r.id));

export const SCOPED_READS: { readonly [K in MethodName]?: Filter<K> } = {
  'units.tree': byId,
  'units.regions': byId,
  'units.search': byId,
  'units.levelProblems': (rows, scope) => rows.filter((r) => scope.readable.has(r.unitId)),
  // Every wave is shown (the plan is the organization's), with the regions one may read.
  'waves.list': (waves, scope) => waves.map((w) => ({ ...w, regions: byId(w.regions, scope) })),
  // A wave's messages are the organization's plan, like the waves; its units, the ones one may read.
  'messages.plan': (plan, scope) => ({ ...plan, units: byId(plan.units, scope) }),
  'messages.guidance': (rows) => rows,
};

/**
 * Organization-wide lists whose handlers compute over the user's units themselves
 * (visibleUnits in call-context.ts), so their counts are the scope's, not filtered after.
 */
export const SCOPED_AGGREGATES: ReadonlySet<MethodName> = new Set<MethodName>([
  'coverage.gaps', 'coverage.gapCounts', 'coverage.overloaded', 'cases.list', 'rollout.list', 'people.search',
  'rollout.dashboard', 'rollout.timeline', 'rollout.leadTimes', 'training.coverage', 'support.metrics',
  'feedback.list', 'feedback.summary',
  'usage.adoption',
  'messages.sentLog', 'messages.missing',
]);

/** Organization-wide exports whose handlers write only the rows of units the user may export from (exportableUnits). */
export const SCOPED_EXPORTS: ReadonlySet<MethodName> = new Set<MethodName>(['units.export', 'people.export', 'assignments.export', 'feedback.export']);

/** Narrows an organization-wide read's result; anything else passes as it is. */
export function narrowResult(method: MethodName, value: unknown, scope: Scope): unknown {
  if (scope.national) return value;
  const filter = SCOPED_READS[method] as ((value: unknown, scope: Scope) => unknown) | undefined;
  return filter ? filter(value, scope) : value;
}
