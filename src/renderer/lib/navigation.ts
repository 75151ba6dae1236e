// A tiny hash router: the screen lives in location.hash (#/organization), so
// the browser's back button and Electron's menu can both move between screens.
import { useCallback, useSyncExternalStore } from 'react';

export const ROUTES = ['welcome', 'organization', 'import', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

/** The main navigation. Later features add their screen here. */
export const NAV_ITEMS: ReadonlyArray<{ route: Route; labelKey: string }> = [
  { route: 'organization', labelKey: 'nav.organization' },
  { route: 'settings', labelKey: 'nav.settings' },
];

export function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}

export function routeHref(route: Route): string {
  return `#/${route}`;
}

function currentRoute(): Route | null {
  const name = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isRoute(name) ? name : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The route in the address, or null when there is none yet (the app picks the start screen). */
export function useRoute(): [Route | null, (route: Route) => void] {
  const route = useSyncExternalStore(subscribe, currentRoute);
  return [route, useCallback((next: Route) => navigate(next), [])];
}
