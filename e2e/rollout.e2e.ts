import { expect, expectAccessible, snap, test } from './fixtures';
import { mainNav, norwegianDate, openDemo, osloDaysFromToday, formDate } from './support';
import type { Page } from '@playwright/test';

/** The cells of a wave's row in the waves table. */
function waveRow(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Etapper' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name, exact: true }) });
}

/** Creates a wave with the "Ny etappe" dialog. */
async function createWaveInUi(page: Page, name: string, start: string, end: string): Promise<void> {
  await page.getByRole('button', { name: 'Ny etappe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny etappe' });
  await expect(dialog.getByRole('textbox', { name: 'Navn' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Navn' }).fill(name);
  await dialog.getByLabel('Planlagt start').fill(start);
  await dialog.getByLabel('Planlagt slutt').fill(end);
  await dialog.getByRole('button', { name: 'Opprett etappe' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Etappen «${name}» er opprettet.`);
}

/** Adds a region to the wave whose plan is open. */
async function addRegionInUi(page: Page, wave: string, region: string, unitsAfter: number): Promise<void> {
  const plan = page.getByRole('region', { name: `Planlegg ${wave}` });
  await plan.getByRole('combobox', { name: 'Region' }).selectOption({ label: region });
  await plan.getByRole('button', { name: 'Legg til region' }).click();
  await expect(page.getByRole('status')).toHaveText(`${region} er lagt til i «${wave}». Etappen har nå ${unitsAfter} enheter.`);
}

test('plans two waves by region, and the overview and the timeline show both', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Utrulling', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utrulling' })).toBeFocused();
  await expect(page.getByText('Ingen etapper ennå. Opprett den første.')).toBeVisible();
  await expect(page.getByText('Det finnes ingen masseendring å angre.')).toBeVisible();
  await expectAccessible(page, 'rollout without waves');

  // Etappe 1 is under way (started five days ago); Etappe 2 follows it.
  const first = { start: osloDaysFromToday(-5), end: osloDaysFromToday(25) };
  const second = { start: osloDaysFromToday(26), end: osloDaysFromToday(56) };
  await createWaveInUi(page, 'Etappe 1', first.start, first.end);
  // A new wave opens for planning at once, with its stage dates spread from start to end.
  const plan1 = page.getByRole('region', { name: 'Planlegg Etappe 1' });
  await expect(plan1.getByRole('heading', { level: 3, name: 'Planlegg Etappe 1' })).toBeVisible();
  await expect(plan1.getByText(`Fra ${norwegianDate(first.start)} til ${norwegianDate(first.end)}.`)).toBeVisible();
  // Five stages share the 30 days (6 days each); follow-up is a review 30 days after the end.
  await expect(plan1.getByLabel('Forankret')).toHaveValue(formDate(osloDaysFromToday(1)));
  await expect(plan1.getByLabel('I drift')).toHaveValue(formDate(first.end));
  await expect(plan1.getByLabel('Oppfølging')).toHaveValue(formDate(osloDaysFromToday(55)));
  await expect(plan1.getByText('Ingen enheter ennå. Legg til en region.')).toBeVisible();

  await addRegionInUi(page, 'Etappe 1', 'Vestfold', 7);
  await addRegionInUi(page, 'Etappe 1', 'Oslo', 9);
  // The wave's units, each linked to its rollout page.
  await expect(plan1.getByRole('heading', { level: 4, name: /Enheter i etappen/ })).toContainText('9 enheter');
  await expect(plan1.getByRole('link', { name: 'Horten (3901)' })).toHaveAttribute('href', /#\/rollout-unit\/\d+$/);
  await expect(plan1.getByRole('link', { name: 'Oslo (0301)' })).toBeVisible();
  // A region already in the wave says so in the list.
  await expect(plan1.getByRole('combobox', { name: 'Region' }).getByRole('option', { name: 'Vestfold (allerede med)' })).toHaveCount(1);

  // A hand-set date for one stage in the wave.
  await plan1.getByLabel('Tilganger klare').fill(osloDaysFromToday(20));
  await plan1.getByRole('button', { name: 'Lagre datoene' }).click();
  await expect(page.getByRole('status')).toHaveText('1 dato i «Etappe 1» er lagret.');
  await expect(plan1.getByLabel('Tilganger klare')).toHaveValue(formDate(osloDaysFromToday(20)));
  await expectAccessible(page, 'rollout with a wave planned');
  await snap(page, 'rollout-wave-1');

  await createWaveInUi(page, 'Etappe 2', second.start, second.end);
  await expect(page.getByRole('region', { name: 'Planlegg Etappe 1' })).toBeHidden();
  await addRegionInUi(page, 'Etappe 2', 'Østfold', 13);
  await addRegionInUi(page, 'Etappe 2', 'Telemark', 31);

  // The waves list: order, period, how many units, and which regions.
  await expect(page.getByRole('heading', { level: 2, name: /^Etapper/ })).toContainText('2 etapper');
  await expect(waveRow(page, 'Etappe 1').getByRole('cell')).toHaveText([
    '1', 'Etappe 1', norwegianDate(first.start), norwegianDate(first.end), '9', 'Oslo, Vestfold', /Planlegg/,
  ]);
  await expect(waveRow(page, 'Etappe 2').getByRole('cell')).toHaveText([
    '2', 'Etappe 2', norwegianDate(second.start), norwegianDate(second.end), '31', 'Østfold, Telemark', /Planlegg/,
  ]);
  await expect(page.getByRole('button', { name: 'Planlegg etappen Etappe 2' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'rollout with two waves');
  await snap(page, 'rollout-two-waves');

  // The overview: 40 units in waves, nothing done yet; the stage chart's table has both waves' regions.
  await mainNav(page).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeFocused();
  const progress = page.getByRole('region', { name: 'Fremdrift nasjonalt' });
  await expect(progress.getByText('0 %', { exact: true })).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Vis tallene for fremdrift per region som tabell' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Skjul tabellen for fremdrift per region' })).toHaveAttribute('aria-expanded', 'true');
  const stageTable = page.getByRole('table', { name: 'Antall enheter etter fremdrift og region' });
  await expect(stageTable).toBeVisible();
  // Every unit of a planned region is counted as not started: nothing is done yet.
  const stageRow = (region: string) => stageTable.getByRole('row').filter({ has: page.getByRole('cell', { name: region, exact: true }) }).getByRole('cell');
  await expect(stageRow('Vestfold')).toHaveText(['Vestfold', '0', '7', '0', '0', '0', '0', '0', '0', '7']);
  await expect(stageRow('Telemark')).toHaveText(['Telemark', '0', '18', '0', '0', '0', '0', '0', '0', '18']);
  // With one wave chosen, only its regions are counted.
  await page.getByRole('combobox', { name: 'Etappe' }).selectOption({ label: 'Etappe 2' });
  await expect(progress).toContainText('0 % av stegene er fullført i 31 enheter.');
  await expect(stageTable.getByRole('row')).toHaveCount(4);
  await expect(stageRow('Østfold')).toHaveText(['Østfold', '0', '13', '0', '0', '0', '0', '0', '0', '13']);
  await expectAccessible(page, 'overview for one wave');
  await snap(page, 'overview-wave-2');

  // The timeline: both waves, planned, and not started yet.
  await mainNav(page).getByRole('link', { name: 'Tidslinje', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tidslinje' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Etapper' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ledetid per region' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Tidslinje med 2 etapper/ })).toBeVisible();
  await page.getByRole('button', { name: 'Vis tallene for etappene som tabell' }).click();
  const timeline = page.getByRole('table', { name: 'Etappene, planlagt og faktisk' });
  await expect(timeline.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Etappe 1', `${norwegianDate(first.start)} – ${norwegianDate(first.end)}`, 'Ikke startet', '9', '0 %', '0',
  ]);
  await expect(timeline.getByRole('row').nth(2).getByRole('cell')).toHaveText([
    'Etappe 2', `${norwegianDate(second.start)} – ${norwegianDate(second.end)}`, 'Ikke startet', '31', '0 %', '0',
  ]);
  await expectAccessible(page, 'timeline with two waves');
  await snap(page, 'timeline-two-waves');
});
