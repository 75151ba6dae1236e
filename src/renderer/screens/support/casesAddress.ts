// The case list's filters live in the address (#/support-cases?state=waiting&tier=region),
// so a link can point at "overdue at the region" and the back button keeps the filter.
import { useSyncExternalStore } from 'react';
import { SUPPORT_TIERS, type SupportTier } from '../../../shared/types-support';
import { routeHref } from '../../lib/navigation';

export type StateFilter = 'active' | 'open' | 'waiting' | 'resolved' | 'all';
export const STATE_FILTERS: readonly StateFilter[] = ['active', 'open', 'waiting', 'resolved', 'all'];

export type CaseSort = 'opened' | 'due' | 'left';
export const CASE_SORTS: readonly CaseSort[] = ['opened', 'due', 'left'];
/** Which way a column sorts first: the newest cases, the earliest due, the least time left. */
export const FIRST_DESC: Record<CaseSort, boolean> = { opened: true, due: false, left: false };

export interface CasesAddress {
  state: StateFilter;
  tier: SupportTier | null;
  regionId: number | null;
  overdueOnly: boolean;
  sort: CaseSort;
  desc: boolean;
}

const ID = /^[1-9]\d{0,14}$/;

export function parseCasesHash(hash: string): CasesAddress {
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  const state = params.get('state') ?? '';
  const tier = params.get('tier') ?? '';
  const region = params.get('region') ?? '';
  const sort = (CASE_SORTS as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as CaseSort) : 'opened';
  const dir = params.get('dir');
  return {
    state: (STATE_FILTERS as readonly string[]).includes(state) ? (state as StateFilter) : 'active',
    tier: (SUPPORT_TIERS as readonly string[]).includes(tier) ? (tier as SupportTier) : null,
    regionId: ID.test(region) ? Number(region) : null,
    overdueOnly: params.get('overdue') === '1',
    sort,
    desc: dir === 'desc' ? true : dir === 'asc' ? false : FIRST_DESC[sort],
  };
}

export function casesHref(address: CasesAddress): string {
  const params = new URLSearchParams();
  if (address.state !== 'active') params.set('state', address.state);
  if (address.tier) params.set('tier', address.tier);
  if (address.regionId !== null) params.set('region', String(address.regionId));
  if (address.overdueOnly) params.set('overdue', '1');
  if (address.sort !== 'opened') params.set('sort', address.sort);
  if (address.desc !== FIRST_DESC[address.sort]) params.set('dir', address.desc ? 'desc' : 'asc');
  const query = params.toString();
  return `${routeHref('support-cases')}${query ? `?${query}` : ''}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = () => window.location.hash;

export function useCasesAddress(): CasesAddress {
  return parseCasesHash(useSyncExternalStore(subscribe, snapshot));
}
