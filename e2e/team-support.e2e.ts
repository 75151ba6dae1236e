// Three people on the team server in one run (npm run test:e2e:pg): a chapter leader who
// sees only the own chapter fixes a login problem as far as she can and escalates it; the
// region's super-user finds it among the region's cases and resolves it; national staff
// see it in the metrics and, by name, in the audit trail. Each in their own browser.
import type { Browser, Page } from '@playwright/test';
import { E2E_ADMIN, expect, expectAccessible, test, type Host } from './fixtures';
import { assignRole, callApi, factValue, openApp, openDemo, problemTitleByCode } from './support';

const ON_TEAM_SERVER = Boolean(process.env.FORANKRING_E2E_PG_URL);
test.skip(!ON_TEAM_SERVER, 'accounts exist on the team server only');

const PASSWORD = 'et passord som er langt nok';
const LOCKED = 'AADSTS50053: The account is locked because the user tried to sign in too many times with an incorrect user ID or password.';

/** Gives the person an account and signs them in, in a browser of their own. */
async function signedIn(browser: Browser, admin: Page, host: Host, email: string): Promise<Page> {
  const people = (await callApi(admin, host, 'people.search', { query: email })) as { rows: Array<{ id: number; email: string }> };
  const person = people.rows.find((p) => p.email === email);
  const issued = (await callApi(admin, host, 'users.invite', { personId: person?.id })) as { code: string };
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const answer = await context.request.post(`${new URL(host.url).origin}/api/auth.acceptCode`, {
    headers: { 'X-Forankring-Request': '1' }, data: { code: issued.code, password: PASSWORD },
  });
  expect(await answer.json()).toMatchObject({ ok: true });
  return context.newPage();
}

test('a chapter leader escalates a login problem, the region resolves it, and national staff see it', async ({ page, host, browser }) => {
  await openDemo(page, host);
  await assignRole(page, host, { name: 'Lise Lagleder', email: 'lise@example.no', phone: '+47 900 11 222' }, 'chapter_leader', '1818');
  await assignRole(page, host, { name: 'Siri Superbruker', email: 'siri@example.no', phone: '+47 912 34 567' }, 'super_user', '18');
  const title = await problemTitleByCode(page, host, 'AADSTS50053', 'nb');
  const lise = await signedIn(browser, page, host, 'lise@example.no');
  const siri = await signedIn(browser, page, host, 'siri@example.no');

  // 1. The chapter leader: her own chapter first, then login help with her chapter's path.
  await lise.goto(host.url);
  await expect(lise.getByRole('link', { name: 'Lise Lagleder' })).toBeVisible();
  await expect(lise).toHaveURL(/#\/organization\/\d+$/);
  await openApp(lise, host, 'support');
  await lise.getByRole('textbox', { name: 'Lim inn feilmeldingen eller koden' }).fill(LOCKED);
  await lise.getByRole('button', { name: 'Finn hjelp' }).click();
  // The exact code opens its guide at once.
  await expect(lise.getByRole('article', { name: title })).toBeVisible();
  await lise.getByRole('searchbox', { name: 'Lokallag eller enhet (søk)' }).fill('Herøy');
  // Only her own Herøy: the other Herøy (1515, Møre og Romsdal) is outside her reach.
  await expect(lise.getByRole('radio', { name: /^Herøy/ })).toHaveCount(1);
  await lise.getByRole('radio', { name: /^Herøy 1818/ }).click();
  const path = lise.getByRole('list', { name: 'Hvem du kontakter for Herøy, i rekkefølge' });
  await expect(path).toContainText('Siri Superbruker');
  await expectAccessible(lise, 'login help, chapter leader');
  await lise.getByRole('button', { name: 'Fikk ikke løst det – opprett sak' }).click();
  const dialog = lise.getByRole('dialog', { name: 'Opprett sak' });
  await dialog.getByRole('textbox', { name: 'Ditt navn' }).fill('Lise Lagleder');
  await dialog.getByRole('textbox', { name: 'Hva skjedde?' }).fill('Ventet 15 minutter, fortsatt låst.');
  await dialog.getByRole('button', { name: 'Opprett sak' }).click();
  await expect(lise).toHaveURL(/#\/support-case\/\d+$/);
  const caseId = Number(/support-case\/(\d+)$/.exec(lise.url())?.[1]);
  await lise.getByRole('button', { name: 'Eskaler til regionen' }).click();
  const escalate = lise.getByRole('dialog', { name: `Eskaler Sak ${caseId} til regionen` });
  await escalate.getByRole('textbox', { name: 'Begrunnelse' }).fill('Ingen her kan låse opp kontoer.');
  await escalate.getByRole('button', { name: 'Eskaler til regionen' }).click();
  await expect(lise.getByRole('status')).toHaveText(`Sak ${caseId} er eskalert til regionen.`);
  // Her metrics are her chapter's own: the one case she opened.
  await openApp(lise, host, 'support-metrics');
  await expect(factValue(lise.getByRole('region', { name: 'Løst lokalt', exact: true }), 'Opprettet')).toHaveText('1');
  await expectAccessible(lise, 'support metrics, chapter leader');

  // 2. The region's super-user: the region's cases, at the region tier.
  await siri.goto(`${host.url}#/support-cases`);
  await expect(siri.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
  await siri.getByRole('combobox', { name: 'Ligger hos' }).selectOption({ label: 'Region' });
  const row = siri.getByRole('table', { name: 'Saker' }).getByRole('row').filter({ has: siri.getByRole('link', { name: `Sak ${caseId}`, exact: true }) });
  await expect(row).toContainText('Herøy');
  await expectAccessible(siri, 'region cases, super-user');
  await row.getByRole('link', { name: `Sak ${caseId}`, exact: true }).click();
  await siri.getByRole('button', { name: 'Svar gitt', exact: true }).click();
  await siri.getByRole('dialog', { name: `Første svar i Sak ${caseId}` }).getByRole('button', { name: 'Registrer svar' }).click();
  await siri.getByRole('button', { name: 'Løs', exact: true }).click();
  const resolve = siri.getByRole('dialog', { name: `Løs Sak ${caseId}` });
  await resolve.getByRole('textbox', { name: 'Løsning' }).fill('Låste opp kontoen i Entra ID.');
  await resolve.getByRole('button', { name: 'Marker som løst' }).click();
  await expect(siri.getByRole('status')).toHaveText(`Sak ${caseId} er løst.`);
  await expect(factValue(siri.getByRole('region', { name: 'Om saken' }), 'Status')).toHaveText('Løst');
  // Her Overview is the region's own figures: one region, and a total named for what it covers.
  await openApp(siri, host, 'dashboard');
  const byRegion = siri.getByRole('table', { name: 'Status per region' });
  await expect(byRegion.getByRole('row', { name: /^Alle enhetene dine/ })).toBeVisible();
  await expect(byRegion.getByRole('row')).toHaveCount(3);
  await expect(byRegion).toContainText('Nordland');
  await expect(byRegion).not.toContainText('Hele landet');
  await expectAccessible(siri, 'overview, region super-user');

  // 3. National staff: the case in the metrics, and who did what in the trail.
  await openApp(page, host, 'support-metrics');
  const local = page.getByRole('region', { name: 'Løst lokalt', exact: true });
  await expect(factValue(local, 'Opprettet')).toHaveText('1');
  await expect(factValue(local, 'Løst')).toHaveText('1');
  await openApp(page, host, 'audit');
  await page.getByLabel('Område').selectOption('cases');
  const trail = page.getByRole('table', { name: 'Endringer' });
  await expect(trail.getByRole('row').filter({ hasText: 'cases.open' })).toContainText('Lise Lagleder');
  await expect(trail.getByRole('row').filter({ hasText: 'cases.resolve' })).toContainText('Siri Superbruker');
  await expect(trail).not.toContainText(E2E_ADMIN.name);
  // Who did it: the chapter leader's changes only.
  await page.getByRole('searchbox', { name: 'Hvem gjorde det' }).fill('Lise');
  await page.getByRole('radio', { name: /^Lise Lagleder/ }).check();
  await expect(trail.getByRole('row').filter({ hasText: 'cases.open' })).toContainText('Lise Lagleder');
  await expect(trail).not.toContainText('Siri Superbruker');
  await expectAccessible(page, 'audit trail, national');
  await lise.context().close();
  await siri.context().close();
});
