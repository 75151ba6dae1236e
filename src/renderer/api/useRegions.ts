import type { ApiError } from '../../shared/errors';
import type { UnitRow } from '../../shared/types';
import { useQuery } from './useQuery';

/** The regions: active units at level rank 1, the level waves and regional figures are organized by. */
export function useRegions(): { regions: UnitRow[]; error: ApiError | null } {
  const levels = useQuery('levels.list', {});
  const units = useQuery('units.tree', { includeArchived: false });
  const regionLevel = levels.data?.find((l) => l.rank === 1);
  const regions = regionLevel ? (units.data ?? []).filter((u) => u.levelId === regionLevel.id) : [];
  return { regions, error: levels.error ?? units.error };
}
