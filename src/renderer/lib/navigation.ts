// A tiny hash router: the screen lives in location.hash (#/organization), so
// the browser's back button and Electron's menu can both move between screens.
import { useCallback, useSyncExternalStore } from 'react';

export const ROUTES = ['welcome', 'organization', 'import', 'people', 'people-import', 'ownership', 'settings', 'rollout', 'rollout-unit', 'dashboard', 'rollout-list', 'timeline', 'training', 'support', 'support-cases', 'support-case', 'support-metrics', 'reports', 'audit', 'users', 'account', 'feedback', 'help', 'usage',
  'messages',
] as const;
export type Route = (typeof ROUTES)[number];

/** The main navigation. Later features add their screen here. */
export const NAV_ITEMS: ReadonlyArray<{ route: Route; labelKey: string }> = [
  { route: 'dashboard', labelKey: 'dashboard.nav' },
  { route: 'organization', labelKey: 'nav.organization' },
  { route: 'rollout-list', labelKey: 'nav.allUnits' },
  { route: 'people', labelKey: 'nav.people' },
  { route: 'ownership', labelKey: 'nav.ownership' },
  { route: 'rollout', labelKey: 'rollout.nav' },
  { route: 'timeline', labelKey: 'timeline.nav' },
  { route: 'training', labelKey: 'training.nav' },
  { route: 'support', labelKey: 'support.nav' },
  { route: 'feedback', labelKey: 'feedback:nav' },
  { route: 'usage', labelKey: 'usage:nav' },
  { route: 'messages', labelKey: 'messages:nav' },
  { route: 'reports', labelKey: 'reports.nav' },
  { route: 'audit', labelKey: 'audit.nav' },
  { route: 'settings', labelKey: 'nav.settings' },
];

/** On a team server: everyone's own account, and the user list for those who administer. */
export const TEAM_NAV_ITEMS: ReadonlyArray<{ route: Route; labelKey: string; administers?: true }> = [
  { route: 'users', labelKey: 'nav.users', administers: true },
  { route: 'account', labelKey: 'nav.account' },
];

/** Settings' parts, each a short page with its own address (#/settings/support). */
export const SETTINGS_PARTS = ['general', 'organization', 'rollout', 'support', 'backup'] as const;
export type SettingsPart = (typeof SETTINGS_PARTS)[number];

export function isSettingsPart(value: string | null): value is SettingsPart {
  return value !== null && (SETTINGS_PARTS as readonly string[]).includes(value);
}

export function settingsHref(part: SettingsPart): string {
  return `#/settings/${part}`;
}

export function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}

/** A screen, optionally with the id of what it shows (#/people/42, #/organization/7). */
export function routeHref(route: Route, id?: number): string {
  return id === undefined ? `#/${route}` : `#/${route}/${id}`;
}

/** A unit's rollout page (#/rollout-unit/42), linked from the unit panel, the lists and the dashboard. */
export function rolloutUnitHref(unitId: number): string {
  return routeHref('rollout-unit', unitId);
}

function hashParts(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split(/[/?]/);
}

function currentRoute(): Route | null {
  const name = hashParts()[0] ?? '';
  return isRoute(name) ? name : null;
}

function currentRouteId(): number | null {
  const id = hashParts()[1] ?? '';
  return /^[1-9]\d{0,14}$/.test(id) ? Number(id) : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function navigate(route: Route, id?: number): void {
  window.location.hash = routeHref(route, id);
}

/** The route in the address, or null when there is none yet (the app picks the start screen). */
export function useRoute(): [Route | null, (route: Route) => void] {
  const route = useSyncExternalStore(subscribe, currentRoute);
  return [route, useCallback((next: Route) => navigate(next), [])];
}

function currentRoutePart(): string | null {
  const part = hashParts()[1] ?? '';
  return /^[a-z][a-z-]{0,39}$/.test(part) ? part : null;
}

/** A named part after the route (#/settings/support → 'support'), or null. */
export function useRoutePart(): string | null {
  return useSyncExternalStore(subscribe, currentRoutePart);
}

/** The id after the route in the address (#/people/42 → 42), or null. */
export function useRouteId(): number | null {
  return useSyncExternalStore(subscribe, currentRouteId);
}
