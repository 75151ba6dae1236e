// What the palette offers: screens (matched here, with the same folding the core
// uses), units and people (from the core's search).
import type { TFunction } from 'i18next';
import { matchesQuery } from '../../../shared/fold';
import type { UnitSearchHit } from '../../../shared/types';
import type { PersonRow } from '../../../shared/types-ownership';
import type { CaseDetail, ProblemDto } from '../../../shared/types-support';
import { NAV_ITEMS, routeHref, SETTINGS_PARTS, settingsHref } from '../../lib/navigation';

export type PaletteGroup = 'screens' | 'units' | 'people' | 'cases' | 'guides';

export interface PaletteItem {
  key: string;
  group: PaletteGroup;
  label: string;
  detail: string;
  href: string;
}

/** The menu's screens whose name (in either language) matches every word; all of them for an empty query. */
export function screenItems(t: TFunction, query: string): PaletteItem[] {
  const matches = (key: string) => matchesQuery(query, t(key), t(key, { lng: 'nb' }), t(key, { lng: 'en' }));
  const screens: PaletteItem[] = NAV_ITEMS.filter((item) => matches(item.labelKey))
    .map((item) => ({ key: `screen:${item.route}`, group: 'screens', label: t(item.labelKey), detail: '', href: routeHref(item.route) }));
  // Settings' parts are found by their own name («brukerstøtte») once something is typed.
  const parts: PaletteItem[] = query.trim() === '' ? [] : SETTINGS_PARTS.filter((part) => matches(`settings.parts.${part}`))
    .map((part) => ({ key: `settings:${part}`, group: 'screens', label: t(`settings.parts.${part}`), detail: t('nav.settings'), href: settingsHref(part) }));
  const help: PaletteItem[] = matches('help.nav') || matches('help.title')
    ? [{ key: 'screen:help', group: 'screens', label: t('help.title'), detail: '', href: routeHref('help') }]
    : [];
  return [...screens, ...help, ...parts];
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

/** A case number, as people write it: «12», «#12», «sak 12», «case 12». */
export function caseNumber(query: string): number | null {
  const m = /^(?:sak|case)?\s*#?\s*([1-9]\d{0,9})$/i.exec(query.trim());
  return m?.[1] ? Number(m[1]) : null;
}

export function caseItems(found: CaseDetail | undefined, name: (id: number) => string): PaletteItem[] {
  if (!found) return [];
  return [{
    key: `case:${found.id}`,
    group: 'cases',
    label: name(found.id),
    detail: `${found.unitName} ${found.unitCode}`,
    href: routeHref('support-case', found.id),
  }];
}

/** Guides whose title (either language) or error codes hold every word; opened in login help. */
export function guideItems(problems: readonly ProblemDto[], query: string, title: (p: ProblemDto) => string, limit: number): PaletteItem[] {
  if (query.trim() === '') return [];
  return problems
    .filter((p) => matchesQuery(query, p.titleNb, p.titleEn, p.codes.join(' ')))
    .slice(0, limit)
    .map((p) => ({ key: `guide:${p.id}`, group: 'guides', label: title(p), detail: p.codes.join(', '), href: routeHref('support', p.id) }));
}
