import type { Level } from '../../../shared/types';
import type { RoleRequirementDto } from '../../../shared/types-ownership';

export interface RankRow {
  rank: number;
  /** The level's name, or "Level n" where no level has that rank yet. */
  name: string;
}

/**
 * Requirements are keyed by level rank, so a role can name a rank the
 * organization has no level for (yet). Both kinds are listed, top first.
 */
export function levelRanks(
  levels: readonly Level[],
  requirements: readonly RoleRequirementDto[],
  unnamed: (rank: number) => string,
): RankRow[] {
  const byRank = new Map<number, RankRow>();
  for (const level of levels) byRank.set(level.rank, { rank: level.rank, name: level.name });
  for (const req of requirements) {
    if (!byRank.has(req.levelRank)) byRank.set(req.levelRank, { rank: req.levelRank, name: unnamed(req.levelRank) });
  }
  return [...byRank.values()].sort((a, b) => a.rank - b.rank);
}
