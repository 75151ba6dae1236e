// Shared steps for the end-to-end tests: open the app, put the demo in place,
// and find the parts of the organization screen by role and accessible name.
import { readFile } from 'node:fs/promises';
import { addDays, format, parseISO } from 'date-fns';
import { expect, type Host } from './fixtures';
import type { Download, Locator, Page } from '@playwright/test';

/** Opens the app at a screen (or the start screen when none is given). */
export async function openApp(page: Page, host: Host, route?: string): Promise<void> {
  await page.goto(route ? `${host.url}#/${route}` : host.url);
}

/** The host's API with the test's token, for setting up state the test is not about. */
export async function callApi(page: Page, host: Host, method: string, input: unknown = {}): Promise<unknown> {
  const url = new URL(host.url);
  const token = url.searchParams.get('token');
  // The team server has no token: the signed-in session's cookie goes with page.request.
  const response = await page.request.post(`${url.origin}/api/${method}`, {
    headers: token === null ? { 'X-Forankring-Request': '1' } : { Authorization: `Bearer ${token}` },
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

// ---- Ownership: people, roles and the unit card ----

/** Today's calendar date in Norway (YYYY-MM-DD), the day the app counts from. */
export function todayInOslo(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/** A calendar date as the app writes it in Norwegian ("1. januar 2025"). */
export function norwegianDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A calendar date as a form field shows it: 07.12.2026 in nb, 07/12/2026 in en. */
export function formDate(isoDate: string, lang: 'nb' | 'en' = 'nb'): string {
  const [y, m, d] = isoDate.split('-');
  return lang === 'nb' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

interface UnitHit {
  id: number;
  code: string;
}

/** A unit's id by its code, through the API. */
export async function unitIdByCode(page: Page, host: Host, code: string): Promise<number> {
  const hits = (await callApi(page, host, 'units.search', { query: code })) as UnitHit[];
  const hit = hits.find((h) => h.code === code);
  expect(hit, `unit ${code}`).toBeDefined();
  return (hit as UnitHit).id;
}

/** A seeded role's id by its stable key (super_user, sponsor, ...), through the API. */
export async function roleIdByKey(page: Page, host: Host, key: string): Promise<number> {
  const roles = (await callApi(page, host, 'roles.list')) as Array<{ id: number; key: string | null }>;
  const role = roles.find((r) => r.key === key);
  expect(role, `role ${key}`).toBeDefined();
  return (role as { id: number }).id;
}

/** Creates a person through the API and returns their id. */
export async function createPerson(page: Page, host: Host, fields: { name: string; email?: string; phone?: string }): Promise<number> {
  const person = (await callApi(page, host, 'people.create', fields)) as { id: number };
  return person.id;
}

/** The "who owns what" card of the selected unit. */
export function ownershipCard(page: Page, title = 'Hvem eier hva', panel = 'Valgt enhet'): Locator {
  return page.getByRole('region', { name: panel }).getByRole('region', { name: title, exact: true });
}

/** One level of the card, by its heading ("Lokallag: Herøy 1818"). */
export function cardLevel(card: Locator, title: string): Locator {
  return card.getByRole('region', { name: title, exact: true });
}

/** One role on a card level, by its name; it holds the state badge and the holders. */
export function cardRole(level: Locator, roleName: string): Locator {
  return level.getByRole('listitem').filter({ has: level.page().getByRole('heading', { level: 5, name: roleName, exact: true }) });
}

/** The state badge of a role on the card ("Besatt", "Mangler", "Ledig siden ..."). */
export function stateBadge(role: Locator): Locator {
  return role.locator('.card-role-head .state-badge');
}

/** Switches the app to English with the language buttons and waits until the choice is saved. */
export async function switchToEnglish(page: Page): Promise<void> {
  // The desktop saves the language in the settings; on the team server it is each person's, kept in the browser.
  const saved = process.env.FORANKRING_E2E_PG_URL ? Promise.resolve() : page.waitForResponse((r) => r.url().includes('/api/settings.update') && r.ok());
  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await saved;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** Clicks a button that saves a file, and returns the download with its bytes. */
export async function downloadVia(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  return { download, bytes: await readFile(await download.path()) };
}

/** A CSV download's text, after checking it starts with the UTF-8 BOM that Excel needs. */
export function csvLines(bytes: Buffer): string[] {
  expect([...bytes.subarray(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  return bytes
    .subarray(3)
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
}

// ---- Rollout and training ----

/** A calendar date in Norway this many days from today (negative: in the past), YYYY-MM-DD. */
export function osloDaysFromToday(days: number): string {
  return format(addDays(parseISO(todayInOslo()), days), 'yyyy-MM-dd');
}

/** The main menu, by its name in the UI language. */
export function mainNav(page: Page, name = 'Hovedmeny'): Locator {
  return page.getByRole('navigation', { name });
}

/** Creates a wave through the API and returns its id. */
export async function createWave(page: Page, host: Host, name: string, plannedStart: string, plannedEnd: string): Promise<number> {
  const wave = (await callApi(page, host, 'waves.create', { name, plannedStart, plannedEnd })) as { id: number };
  return wave.id;
}

/** Puts a region (by its code) and every unit below it in a wave, through the API. */
export async function addRegionToWave(page: Page, host: Host, waveId: number, regionCode: string): Promise<void> {
  await callApi(page, host, 'waves.addRegion', { waveId, regionId: await unitIdByCode(page, host, regionCode) });
}

/** A seeded stage's id by its stable key (anchored, super_user, basic_training, ...), through the API. */
export async function stageIdByKey(page: Page, host: Host, key: string): Promise<number> {
  const stages = (await callApi(page, host, 'stages.list')) as Array<{ id: number; key: string | null }>;
  const stage = stages.find((s) => s.key === key);
  expect(stage, `stage ${key}`).toBeDefined();
  return (stage as { id: number }).id;
}

// ---- Login support ----

/** Someone holding a seeded role (by key) at a unit (by code) from a month ago, set up through the API. */
export async function assignRole(page: Page, host: Host, person: { name: string; email?: string; phone?: string }, roleKey: string, unitCode: string): Promise<void> {
  await callApi(page, host, 'assignments.create', {
    personId: await createPerson(page, host, person),
    roleId: await roleIdByKey(page, host, roleKey),
    unitId: await unitIdByCode(page, host, unitCode),
    startDate: osloDaysFromToday(-30),
  });
}

/** The title (in the given language) of the catalog problem that lists this error code. */
export async function problemTitleByCode(page: Page, host: Host, code: string, lang: 'nb' | 'en'): Promise<string> {
  const problems = (await callApi(page, host, 'problems.list')) as Array<{ codes: string[]; titleNb: string; titleEn: string }>;
  const problem = problems.find((p) => p.codes.includes(code));
  expect(problem, `problem with ${code}`).toBeDefined();
  return lang === 'en' ? (problem as { titleEn: string }).titleEn : (problem as { titleNb: string }).titleNb;
}

/** Opens a part of Settings by its link in Settings' own menu. */
export async function settingsPart(page: Page, name: string, navName = 'Deler av innstillingene'): Promise<void> {
  const link = page.getByRole('navigation', { name: navName }).getByRole('link', { name, exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}
