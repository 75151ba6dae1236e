// The flow a new user runs: the demo, two waves (north and west), national owners,
// super-users in four chapters, «Forankret» marked done for the northern wave in
// one bulk change, then the Overview and the national PDF. No chapter without a
// super-user may be counted as having one; proposals show as "ready to confirm"
// until a person confirms them.
import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, snap, test } from './fixtures';
import { addRegionToWave, assignRole, createWave, downloadVia, mainNav, openDemo, osloDaysFromToday } from './support';
import type { Page } from '@playwright/test';

const PROGRESS_HEADERS = [
  'Region', 'Ikke planlagt', 'Ikke startet', 'Ferdig til og med Forankret', 'Ferdig til og med Superbruker på plass',
  'Ferdig til og med Grunnopplæring', 'Ferdig til og med Tilganger klare', 'Ferdig til og med I drift', 'Alle steg ferdige', 'Enheter',
];

function progressRow(page: Page, region: string) {
  return page
    .getByRole('table', { name: 'Antall enheter etter fremdrift og region' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: region, exact: true }) })
    .getByRole('cell');
}

async function bulkForWave(page: Page, wave: string, stage: string, action: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Utrulling', exact: true }).click();
  const bulk = page.getByRole('region', { name: 'Masseendring' });
  await bulk.getByRole('radio', { name: 'En etappe' }).check();
  await bulk.getByRole('combobox', { name: 'Etappe' }).selectOption({ label: wave });
  await bulk.getByRole('radio', { name: action }).check();
  await bulk.getByRole('combobox', { name: 'Steg' }).selectOption({ label: stage });
  await bulk.getByRole('button', { name: 'Utfør masseendringen' }).click();
  // The change is confirmed before it runs, with the core's count of the units it will change.
  const ask = page.getByRole('dialog', { name: 'Utføre masseendringen?' });
  await ask.getByRole('button', { name: /^Endre \d+ enhet/ }).click();
  await expect(ask).toBeHidden();
}

test('the Overview and the national PDF count what is done, and proposals only once confirmed', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openDemo(page, host);
  const north = await createWave(page, host, 'Etappe nord', osloDaysFromToday(-20), osloDaysFromToday(60));
  await addRegionToWave(page, host, north, '55');
  await addRegionToWave(page, host, north, '56');
  const west = await createWave(page, host, 'Etappe vest', osloDaysFromToday(30), osloDaysFromToday(120));
  await addRegionToWave(page, host, west, '46');
  await assignRole(page, host, { name: 'Siri Systemeier' }, 'system_owner', 'NO');
  await assignRole(page, host, { name: 'Tor Teknisk' }, 'technical_owner', 'NO');
  await assignRole(page, host, { name: 'Frida Fagansvarlig' }, 'functional_owner', 'NO');
  // Super-users in four chapters: two in the north, one in the west, one in no wave.
  for (const [name, code] of [['Kari Tromsø', '5501'], ['Ola Alta', '5601'], ['Berit Bergen', '4601'], ['Sven Stavanger', '1103']] as const) {
    await assignRole(page, host, { name }, 'super_user', code);
  }

  // Straight after planning nothing is done: no unit is drawn under a stage.
  await mainNav(page).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('button', { name: 'Vis tallene for fremdrift per region som tabell' }).click();
  await expect(page.getByRole('table', { name: 'Antall enheter etter fremdrift og region' }).getByRole('columnheader')).toHaveText(PROGRESS_HEADERS);
  await expect(progressRow(page, 'Troms')).toHaveText(['Troms', '0', '22', '0', '0', '0', '0', '0', '0', '22']);
  await expect(progressRow(page, 'Rogaland')).toHaveText(['Rogaland', '24', '0', '0', '0', '0', '0', '0', '0', '24']);
  await expect(page.getByText('Hver enhet telles etter det som er ferdig', { exact: false })).toBeVisible();

  await bulkForWave(page, 'Etappe nord', 'Forankret', 'Marker som fullført');
  const bulk = page.getByRole('region', { name: 'Masseendring' });
  await expect(bulk.getByText('Masseendringen er utført: 41 endret, 0 uendret, av 41 enheter.')).toBeVisible();

  // Troms and Finnmark are done through «Forankret»; none is counted as having a super-user in place.
  await mainNav(page).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('button', { name: 'Vis tallene for fremdrift per region som tabell' }).click();
  await expect(progressRow(page, 'Troms')).toHaveText(['Troms', '0', '0', '22', '0', '0', '0', '0', '0', '22']);
  await expect(progressRow(page, 'Finnmark')).toHaveText(['Finnmark', '0', '0', '19', '0', '0', '0', '0', '0', '19']);
  await expect(progressRow(page, 'Vestland')).toHaveText(['Vestland', '0', '44', '0', '0', '0', '0', '0', '0', '44']);
  // The four chapters with a super-user are ready to confirm, and listed as such.
  await page.getByRole('link', { name: '4 enheter har et steg klart til bekreftelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter med steg klare til bekreftelse' })).toBeFocused();
  const ready = page.getByRole('table', { name: 'Enheter med steg klare til bekreftelse' });
  await expect(ready.getByRole('row')).toHaveCount(5);
  await expect(ready.getByRole('row').filter({ hasText: 'Tromsø' }).getByRole('cell').nth(3)).toHaveText(
    'Ferdig til og med ForankretKlar til bekreftelse: Superbruker på plass',
  );
  await expect(ready.getByRole('row').filter({ hasText: 'Stavanger' }).getByRole('cell').nth(3)).toHaveText(
    'Ikke planlagtKlar til bekreftelse: Superbruker på plass',
  );
  await expect(ready.getByRole('row').filter({ hasText: 'Stavanger' }).getByRole('cell').nth(5)).toHaveText('Ikke planlagt');
  await expectAccessible(page, 'ready-to-confirm list');
  await snap(page, 'ready-to-confirm');

  // The national PDF says the same.
  await mainNav(page).getByRole('link', { name: 'Rapporter', exact: true }).click();
  const pdf = await downloadVia(page, page.getByRole('button', { name: 'Eksporter', exact: true }));
  const text = execFileSync('pdftotext', ['-layout', await pdf.download.path(), '-'], { encoding: 'utf8' });
  expect(text).toContain('Fremdrift per region');
  expect(text).toContain('Hver enhet telles etter det som er ferdig');
  // Code, region, units, not planned, not started, done through «Forankret», done through the super-user stage …
  expect(text).toMatch(/^\s*55\s+Troms\s+22\s+0\s+0\s+22\s+0\s/m);
  expect(text).toMatch(/^\s*56\s+Finnmark\s+19\s+0\s+0\s+19\s+0\s/m);
  expect(text).toMatch(/^\s*46\s+Vestland\s+44\s+0\s+44\s+0\s+0\s/m);

  // Confirming the northern wave's proposals is one bulk change; then exactly two chapters have a super-user in place.
  await bulkForWave(page, 'Etappe nord', 'Superbruker på plass', 'Bekreft alle forslag (der stegets «ferdig når»-regel er oppfylt)');
  await expect(bulk.getByText('Masseendringen er utført: 2 endret, 39 uendret, av 41 enheter.')).toBeVisible();
  await expect(bulk.getByText(/bekreftet forslaget «Superbruker på plass» for 2 enheter i Etappe nord/)).toBeVisible();
  await expectAccessible(page, 'bulk confirm done');
  await mainNav(page).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('button', { name: 'Vis tallene for fremdrift per region som tabell' }).click();
  await expect(progressRow(page, 'Troms')).toHaveText(['Troms', '0', '0', '21', '1', '0', '0', '0', '0', '22']);
  await expect(progressRow(page, 'Finnmark')).toHaveText(['Finnmark', '0', '0', '18', '1', '0', '0', '0', '0', '19']);
  await expect(page.getByRole('link', { name: '2 enheter har et steg klart til bekreftelse' })).toBeVisible();
  await expectAccessible(page, 'overview after confirming');
  await snap(page, 'overview-after-confirm');
});
