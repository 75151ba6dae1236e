// Shared steps for the end-to-end tests: open the app, put the demo in place,
// and find the parts of the organization screen by role and accessible name.
import { expect, type Host } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Opens the app at a screen (or the start screen when none is given). */
export async function openApp(page: Page, host: Host, route?: string): Promise<void> {
  await page.goto(route ? `${host.url}#/${route}` : host.url);
}

/** The host's API with the test's token, for setting up state the test is not about. */
export async function callApi(page: Page, host: Host, method: string, input: unknown = {}): Promise<unknown> {
  const url = new URL(host.url);
  const token = url.searchParams.get('token') ?? '';
  const response = await page.request.post(`${url.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  expect(body, `${method} answered`).toMatchObject({ ok: true });
  return body.value;
}

/** Loads the demo organization through the API and opens the organization screen on it. */
export async function openDemo(page: Page, host: Host): Promise<void> {
  await callApi(page, host, 'demo.load');
  await openApp(page, host, 'organization');
  await expect(orgTree(page).getByRole('treeitem').first()).toBeVisible();
}

export function orgTree(page: Page): Locator {
  return page.getByRole('tree', { name: 'Organisasjonskart' });
}

/** A tree item by the start of its accessible name ("Name code ..."). */
export function treeItem(page: Page, name: string, code: string): Locator {
  return orgTree(page).getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(name)} ${escapeRegExp(code)}\\b`) });
}

/** The selected unit's panel. */
export function detailPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Valgt enhet' });
}

/** The value (dd) next to a term (dt) in the detail panel's facts, e.g. "Kode" → "1515". */
export function factValue(panel: Locator, term: string): Locator {
  const exactTerm = panel.page().getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) });
  return panel.locator('dl > div').filter({ has: exactTerm }).getByRole('definition');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
