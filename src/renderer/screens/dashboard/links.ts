// The address of the late / blocked / at-risk / ready-to-confirm / unused lists, with their filters, so the
// dashboard can link to them and the browser's back button keeps the filter.
import type { RolloutListFilter } from '../../../shared/contract-rollout';
import { routeHref } from '../../lib/navigation';

export type ListFilter = RolloutListFilter;

export const LIST_FILTERS: readonly ListFilter[] = ['late', 'blocked', 'at_risk', 'ready', 'unused', 'all'];

/** #/rollout-list/late?wave=3&region=5 */
export function listHref(filter: ListFilter, options: { waveId?: number | null; regionId?: number | null } = {}): string {
  const params = new URLSearchParams();
  if (options.waveId != null) params.set('wave', String(options.waveId));
  if (options.regionId != null) params.set('region', String(options.regionId));
  const query = params.toString();
  return `${routeHref('rollout-list')}/${filter}${query ? `?${query}` : ''}`;
}

export interface ListAddress {
  filter: ListFilter;
  waveId: number | null;
  regionId: number | null;
}

const ID = /^[1-9]\d{0,14}$/;

/** Reads the list's filter from the address; anything unknown falls back to "all". */
export function parseListHash(hash: string): ListAddress {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const name = path.split('/')[1] ?? '';
  const filter = (LIST_FILTERS as readonly string[]).includes(name) ? (name as ListFilter) : 'all';
  const params = new URLSearchParams(query);
  const id = (key: string) => {
    const value = params.get(key) ?? '';
    return ID.test(value) ? Number(value) : null;
  };
  return { filter, waveId: id('wave'), regionId: id('region') };
}
