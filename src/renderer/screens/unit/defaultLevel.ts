import type { Level } from '../../../shared/types';

/** The level a new unit most likely has: one rank below its parent's, or the top level for a root. */
export function defaultLevelId(levels: readonly Level[], parentLevelId: number | null): number | null {
  const byRank = [...levels].sort((a, b) => a.rank - b.rank);
  if (parentLevelId === null) return byRank[0]?.id ?? null;
  const parentRank = byRank.find((l) => l.id === parentLevelId)?.rank;
  if (parentRank === undefined) return byRank[0]?.id ?? null;
  return (byRank.find((l) => l.rank > parentRank) ?? byRank.find((l) => l.id === parentLevelId))?.id ?? null;
}
