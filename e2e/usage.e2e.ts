// «Bruk» in both languages: the functional owner sets a target in Settings, a usage file comes
// in (a bad one is refused whole), the screen shows adoption against the target, and the
// Overview flags a chapter that is in operation («I drift» done) but unused two months running.
import { expect, expectAccessible, test } from './fixtures';
import { callApi, openApp, openDemo, switchToEnglish, unitIdByCode } from './support';
import type { Page } from '@playwright/test';
import type { Host } from './fixtures';

/** The two Oslo months before the current one, oldest first: both are complete. */
function lastTwoMonths(): [string, string] {
  const oslo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' }).format(new Date());
  const [y, m] = oslo.split('-').map(Number) as [number, number];
  const month = (back: number) => {
    const index = y * 12 + (m - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  };
  return [month(2), month(1)];
}

/** Herøy (1818) is live since well before the two months, has 120 members, and a chapter target of 1 sign-in per member. */
async function heroyLive(page: Page, host: Host): Promise<number> {
  const heroy = await unitIdByCode(page, host, '1818');
  await callApi(page, host, 'units.update', { id: heroy, members: 120 });
  const stages = (await callApi(page, host, 'stages.list')) as Array<{ id: number; key: string | null }>;
  const live = stages.find((s) => s.key === 'live');
  await callApi(page, host, 'rollout.setStage', { unitId: heroy, stageId: live?.id, state: 'done', doneDate: '2025-01-15' });
  return heroy;
}

function usageFile(rows: string[]): Buffer {
  return Buffer.from(`\ufeff${['Enhet;Måned;Aktive brukere;Innlogginger', ...rows].join('\n')}\n`, 'utf8');
}

test('a usage file is imported, and the Overview flags a chapter in operation but unused', async ({ page, host }) => {
  await openDemo(page, host);
  await heroyLive(page, host);
  const [first, second] = lastTwoMonths();

  await openApp(page, host, 'settings/rollout');
  const targets = page.getByRole('region', { name: 'Måltall for bruk' });
  await targets.getByRole('group', { name: 'Lokallag' }).getByRole('textbox', { name: 'Innlogginger per medlem per måned' }).fill('1');
  await targets.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('status')).toHaveText('Måltallene er lagret.');
  await expectAccessible(page, 'usage targets');

  await openApp(page, host, 'usage');
  await expect(page.getByRole('heading', { level: 1, name: 'Bruk' })).toBeVisible();
  await expect(page.getByText('Ingen bruk er hentet inn ennå.')).toBeVisible();
  const importer = page.getByRole('region', { name: 'Importer bruk fra CRM' });
  await importer.getByRole('button', { name: 'Importer bruksrapport' }).click();
  const file = page.getByLabel('Fil (CSV eller Excel)');
  await file.setInputFiles({ name: 'bruk-feil.csv', mimeType: 'text/csv', buffer: usageFile([`1818;${first};2;10`, `9999;${first};1;1`, `1818;13.2026;-1;1`]) });
  await expect(page.getByRole('status')).toHaveText('Filen er lest: 3 rader.');
  await page.getByRole('button', { name: 'Importer 3 rader' }).click();
  const issues = page.getByRole('table', { name: 'Feil i filen' });
  await expect(issues).toContainText('Fant ingen enhet med koden «9999».');
  await expect(issues).toContainText('«13.2026» er ikke en gyldig måned.');
  await expect(issues).toContainText('«-1» er under null.');
  await expectAccessible(page, 'usage import refused');

  await file.setInputFiles({ name: 'bruk.csv', mimeType: 'text/csv', buffer: usageFile([`1818;${first};2;10`, `1818;${second};1;12`]) });
  await expect(page.getByRole('status')).toHaveText('Filen er lest: 2 rader.');
  await page.getByRole('button', { name: 'Importer 2 rader' }).click();
  await expect(page.getByRole('status')).toContainText('Bruken er importert: 2 enhetsmåneder');
  await expect(page.getByRole('heading', { name: 'Utvikling siste 12 måneder' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bruk per måned' }).getByRole('row')).toHaveCount(13);
  // Chapters without a row in an imported month count as unused, so they come first, at 0 %.
  const furthest = page.getByRole('region', { name: 'Lengst under måltallet' });
  await expect(furthest.getByRole('listitem')).toHaveCount(10);
  await expect(furthest.getByRole('listitem').first()).toContainText('0 % av måltallet');
  await expect(page.getByRole('region', { name: 'I drift, men ubrukt' })).toContainText('Herøy (1818)');
  await expectAccessible(page, 'usage screen');

  await openApp(page, host, 'dashboard');
  const flagged = page.getByRole('region', { name: 'I drift, men ubrukt' });
  await expect(flagged.getByRole('link', { name: /^Herøy \(1818\), Nordland: under måltallet i / })).toBeVisible();
  await expectAccessible(page, 'overview with an unused chapter');
  // It is counted with what needs action, and its list carries the flag.
  const status = page.getByRole('region', { name: 'Trenger oppfølging' });
  await status.getByRole('link', { name: '1 enhet er i drift, men ubrukt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter i drift, men ubrukt' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Enheter i drift, men ubrukt' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Herøy');
  await expect(rows.nth(1).getByRole('cell').filter({ hasText: 'I drift, men ubrukt' })).toBeVisible();
  await expectAccessible(page, 'the list of units in operation but unused');
});

test('in English: a usage file is imported, and the Overview flags a chapter in operation but unused', async ({ page, host }) => {
  await openDemo(page, host);
  await switchToEnglish(page);
  const heroy = await heroyLive(page, host);
  const [first, second] = lastTwoMonths();
  const levels = (await callApi(page, host, 'usage.targets')) as Array<{ levelId: number; rank: number }>;
  const chapter = levels.find((l) => l.rank === 2);
  await callApi(page, host, 'usage.setTargets', { targets: [{ levelId: chapter?.levelId, activePercent: null, signInsPerMember: 1 }] });

  await openApp(page, host, 'usage');
  await expect(page.getByRole('heading', { level: 1, name: 'Usage' })).toBeVisible();
  await page.getByRole('region', { name: 'Import usage from the CRM' }).getByRole('button', { name: 'Import a usage export' }).click();
  const english = Buffer.from(`Unit code,Month,Active users,Sign-ins\n1818,${first},2,10\n1818,${second},1,12\n`, 'utf8');
  await page.getByLabel('File (CSV or Excel)').setInputFiles({ name: 'usage.csv', mimeType: 'text/csv', buffer: english });
  await expect(page.getByRole('status')).toHaveText('The file was read: 2 rows.');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status')).toContainText('The usage is imported: 2 unit-months');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Nordland' });
  await expect(page.getByRole('table', { name: /^Usage per unit for / }).getByRole('row').filter({ hasText: 'Herøy (1818)' })).toContainText('Below target');
  await expectAccessible(page, 'usage screen in English');

  await openApp(page, host, 'dashboard');
  const flagged = page.getByRole('region', { name: 'In operation but unused' });
  await expect(flagged.getByRole('link', { name: /^Herøy \(1818\), Nordland: below target in / })).toHaveAttribute('href', `#/rollout-unit/${heroy}`);
  await expectAccessible(page, 'overview with an unused chapter in English');
  await page.getByRole('link', { name: '1 unit is in operation but unused' }).click();
  const rows = page.getByRole('table', { name: 'Units in operation but unused' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('link', { name: /^Herøy/ })).toHaveAttribute('href', `#/rollout-unit/${heroy}`);
  await expect(rows.nth(1)).toContainText('In operation but unused');
});
