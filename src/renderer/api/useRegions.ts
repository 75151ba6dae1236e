import type { ApiError } from '../../shared/errors';
import type { RegionOption } from '../../shared/types';
import { useQuery } from './useQuery';

/** The regions a picker lists: active units at level rank 1, asked for alone rather than cut from the whole tree. */
export function useRegions(): { regions: RegionOption[]; error: ApiError | null } {
  const regions = useQuery('units.regions', {});
  return { regions: regions.data ?? [], error: regions.error };
}
