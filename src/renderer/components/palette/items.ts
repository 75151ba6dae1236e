// What the palette offers: screens (matched here, with the same folding the core
// uses), units and people (from the core's search).
import type { TFunction } from 'i18next';
import { matchesQuery } from '../../../shared/fold';
import type { UnitSearchHit } from '../../../shared/types';
import type { PersonRow } from '../../../shared/types-ownership';
import { NAV_ITEMS, routeHref } from '../../lib/navigation';

export type PaletteGroup = 'screens' | 'units' | 'people';

export interface PaletteItem {
  key: string;
  group: PaletteGroup;
  label: string;
  detail: string;
  href: string;
}

/** The menu's screens whose name (in either language) matches every word; all of them for an empty query. */
export function screenItems(t: TFunction, query: string): PaletteItem[] {
  return NAV_ITEMS.filter((item) => matchesQuery(query, t(item.labelKey), t(item.labelKey, { lng: 'nb' }), t(item.labelKey, { lng: 'en' })))
    .map((item) => ({ key: `screen:${item.route}`, group: 'screens', label: t(item.labelKey), detail: '', href: routeHref(item.route) }));
}

export function unitItems(hits: readonly UnitSearchHit[]): PaletteItem[] {
  return hits.map((hit) => ({
    key: `unit:${hit.id}`,
    group: 'units',
    label: `${hit.name} ${hit.code}`,
    detail: [hit.path.join(' › '), hit.levelName].filter(Boolean).join(' · '),
    href: routeHref('organization', hit.id),
  }));
}

export function personItems(rows: readonly PersonRow[]): PaletteItem[] {
  return rows.map((p) => ({
    key: `person:${p.id}`,
    group: 'people',
    label: p.name,
    detail: [p.homeUnitName, p.email].filter(Boolean).join(' · '),
    href: routeHref('people', p.id),
  }));
}
