import { expect, expectAccessible, snap, test } from './fixtures';
import {
  addRegionToWave,
  callApi,
  createWave,
  mainNav,
  norwegianDate,
  openApp,
  openDemo,
  osloDaysFromToday,
  stageIdByKey,
  switchToEnglish,
  unitIdByCode,
} from './support';
import type { Page } from '@playwright/test';

/** The overview's national figures and its late / blocked / at-risk links, for the chosen wave. */
async function expectOverview(page: Page, figures: { percent: string; units: number; late: number; blocked: number; atRisk: number }): Promise<void> {
  const progress = page.getByRole('region', { name: 'Fremdrift nasjonalt' });
  await expect(progress.getByText(`${figures.percent} av stegene er fullført i ${figures.units} enheter.`)).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: 'Fremdrift nasjonalt' })).toHaveAttribute('value', figures.percent.replace(' %', ''));
  const units = (n: number) => (n === 1 ? 'enhet er' : 'enheter er');
  await expect(page.getByRole('link', { name: `${figures.late} ${units(figures.late)} forsinket` })).toBeVisible();
  await expect(page.getByRole('link', { name: `${figures.blocked} ${units(figures.blocked)} blokkert` })).toBeVisible();
  await expect(page.getByRole('link', { name: `${figures.atRisk} ${units(figures.atRisk)} i faresonen` })).toBeVisible();
}

/** The timeline table's row for a wave (opening the table first if it is hidden). */
async function timelineRow(page: Page, wave: string) {
  const toggle = page.getByRole('button', { name: 'Vis tallene for etappene som tabell' });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return page
    .getByRole('table', { name: 'Etappene, planlagt og faktisk' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: wave, exact: true }) })
    .getByRole('cell');
}

test('before any planning, the overview covers every unit and asks for waves', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await expect(page.getByText('Ingen enheter er med i en etappe ennå. Tallene under gjelder alle enhetene, som ikke har startet.')).toBeVisible();
  await expectOverview(page, { percent: '0 %', units: 373, late: 0, blocked: 0, atRisk: 0 });
  await expectAccessible(page, 'overview unplanned');
});

test('the overview and the timeline change as work is done and a wave falls behind', async ({ page, host }) => {
  await openDemo(page, host);
  // Vestfold (7 units) in a wave that starts tomorrow: nothing is due yet.
  const start = osloDaysFromToday(1);
  const end = osloDaysFromToday(31);
  const wave = await createWave(page, host, 'Etappe 1', start, end);
  await addRegionToWave(page, host, wave, '39');

  await openApp(page, host, 'dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await expect(page.getByText('Ingen enheter er med i en etappe ennå.', { exact: false })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Etappe' }).selectOption({ label: 'Etappe 1' });
  await expectOverview(page, { percent: '0 %', units: 7, late: 0, blocked: 0, atRisk: 0 });
  await expectAccessible(page, 'overview before');
  await snap(page, 'overview-before');

  await mainNav(page).getByRole('link', { name: 'Tidslinje', exact: true }).click();
  await expect(await timelineRow(page, 'Etappe 1')).toHaveText([
    'Etappe 1', `${norwegianDate(start)} – ${norwegianDate(end)}`, 'Ikke startet', '7', '0 %', '0',
  ]);
  await expect(page.getByRole('img', { name: /^Tidslinje med 1 etappe, .* 0 pågår etter planen nå, 0 har forsinkede enheter\.$/ })).toBeVisible();
  await snap(page, 'timeline-before');

  // Work starts: every unit anchored three days ago, and Horten's super-user in place yesterday.
  const anchored = await stageIdByKey(page, host, 'anchored');
  const superUser = await stageIdByKey(page, host, 'super_user');
  const region = await unitIdByCode(page, host, '39');
  const horten = await unitIdByCode(page, host, '3901');
  await callApi(page, host, 'rollout.bulk', { scope: 'region', scopeId: region, stageId: anchored, action: 'done', doneDate: osloDaysFromToday(-3) });
  await callApi(page, host, 'rollout.setStage', { unitId: horten, stageId: superUser, state: 'done', doneDate: osloDaysFromToday(-1) });
  // Then the wave is moved into the past: every stage but the follow-up is overdue, and the wave has ended.
  const pastStart = osloDaysFromToday(-40);
  const pastEnd = osloDaysFromToday(-10);
  await callApi(page, host, 'waves.update', { id: wave, plannedStart: pastStart, plannedEnd: pastEnd });

  // 8 of 42 unit-stages done (19 %); all 7 units late and, below 50 % with the wave over, at risk.
  await mainNav(page).getByRole('link', { name: 'Oversikt', exact: true }).click();
  await page.getByRole('combobox', { name: 'Etappe' }).selectOption({ label: 'Etappe 1' });
  await expectOverview(page, { percent: '19 %', units: 7, late: 7, blocked: 0, atRisk: 7 });
  await expect(page.getByRole('link', { name: '7 forsinkede enheter i Vestfold' })).toBeVisible();
  await expect(page.getByRole('link', { name: '7 enheter i faresonen i Vestfold' })).toBeVisible();
  // The progress chart's table, by what is done: Horten is done through the super-user stage, the others through «Forankret».
  await page.getByRole('button', { name: 'Vis tallene for fremdrift per region som tabell' }).click();
  const stages = page.getByRole('table', { name: 'Antall enheter etter fremdrift og region' });
  await expect(stages.getByRole('columnheader')).toHaveText([
    'Region', 'Ikke planlagt', 'Ikke startet', 'Ferdig til og med Forankret', 'Ferdig til og med Superbruker på plass',
    'Ferdig til og med Grunnopplæring', 'Ferdig til og med Tilganger klare', 'Ferdig til og med I drift', 'Alle steg ferdige', 'Enheter',
  ]);
  await expect(stages.getByRole('row').filter({ hasText: 'Vestfold' }).getByRole('cell')).toHaveText(['Vestfold', '0', '0', '6', '1', '0', '0', '0', '0', '7']);
  await expectAccessible(page, 'overview after');
  await snap(page, 'overview-after');

  // The late list: since when each unit has been late (its earliest overdue stage; Horten's is basic training).
  await page.getByRole('link', { name: '7 enheter er forsinket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forsinkede enheter' })).toBeFocused();
  const late = page.getByRole('table', { name: 'Forsinkede enheter' });
  await expect(late.getByRole('row')).toHaveCount(8);
  await expect(late.getByRole('row').filter({ hasText: 'Horten' }).getByRole('cell')).toHaveText([
    'Horten 3901', 'Vestfold', 'Etappe 1', 'Ferdig til og med Superbruker på plass', '33 %', 'ForsinketI faresonen', `Forsinket siden ${norwegianDate(osloDaysFromToday(-22))}`,
  ]);
  await expectAccessible(page, 'late list');
  await snap(page, 'late-list');
  await page.getByRole('combobox', { name: 'Vis' }).selectOption({ label: 'Enheter i faresonen' });
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter i faresonen' })).toBeVisible();
  // The wave chosen on the overview stays chosen in the list's address.
  await expect(page).toHaveURL(new RegExp(`#/rollout-list/at_risk\\?wave=${wave}$`));
  await expect(page.getByRole('combobox', { name: 'Etappe' })).toHaveValue(String(wave));
  await expect(page.getByRole('table', { name: 'Enheter i faresonen' }).getByRole('row')).toHaveCount(8);

  // The timeline: planned in the past, actually started three days ago and still going, with late units.
  await mainNav(page).getByRole('link', { name: 'Tidslinje', exact: true }).click();
  await expect(await timelineRow(page, 'Etappe 1')).toHaveText([
    'Etappe 1', `${norwegianDate(pastStart)} – ${norwegianDate(pastEnd)}`, `Pågår siden ${norwegianDate(osloDaysFromToday(-3))}`, '7', '19 %', '7',
  ]);
  await expect(page.getByRole('img', { name: /^Tidslinje med 1 etappe, .* 0 pågår etter planen nå, 1 har forsinkede enheter\.$/ })).toBeVisible();
  // The wave's bars say their dates, and the months are drawn as gridlines.
  await expect(page.locator('svg text', { hasText: `${norwegianDate(pastStart)} – ${norwegianDate(pastEnd)}` })).toHaveCount(1);
  expect(await page.locator('.recharts-cartesian-grid-vertical line').count()).toBeGreaterThan(0);
  // Lead times: Vestfold's done stages against their (new) planned dates.
  const lead = page.getByRole('table', { name: 'Ledetid per region' });
  await expect(lead.getByRole('row').filter({ hasText: 'Vestfold' }).getByRole('cell').nth(1)).toHaveText('8');
  // The axis starts at 0 and the bar grows from it, so a region is never drawn as nothing.
  // (The wave timeline's ticks are dates, so a tick reading 0 is the lead-time axis.)
  const zeroTick = page.locator('svg text').filter({ hasText: /^0$/ });
  await expect(zeroTick).toHaveCount(1);
  const leadChart = page.locator('.recharts-wrapper').filter({ has: zeroTick });
  const bar = leadChart.locator('.recharts-bar-rectangle path').first();
  expect(Number(await bar.getAttribute('width'))).toBeGreaterThan(0);
  await expectAccessible(page, 'timeline after');
  await snap(page, 'timeline-after');
});

for (const lang of ['nb', 'en'] as const) {
  const w = lang === 'nb'
    ? { overview: 'Oversikt', attention: 'Trenger oppfølging', cases: /^0 åpne saker har passert tidsmålet$/, gaps: /^[\d\s]+ roller mangler noen eller går snart ut$/, gapsTitle: 'Eierskap', casesTitle: 'Saker' }
    : { overview: 'Overview', attention: 'Needs attention', cases: /^0 open cases are past their target$/, gaps: /^[\d,]+ required roles are unfilled or ending soon$/, gapsTitle: 'Ownership', casesTitle: 'Cases' };

  test(`the overview puts what needs action first: units, cases past target, unfilled roles (${lang})`, async ({ page, host }) => {
    await openDemo(page, host);
    if (lang === 'en') await switchToEnglish(page);
    await openApp(page, host, 'dashboard');
    await expect(page.getByRole('heading', { level: 1, name: w.overview })).toBeVisible();
    // The first panel under the title is what needs action.
    await expect(page.locator('main section h2').first()).toHaveText(w.attention);
    const attention = page.getByRole('region', { name: w.attention });
    await expect(attention.getByRole('listitem')).toHaveCount(6);
    await expect(attention.getByRole('link', { name: w.cases })).toHaveAttribute('href', /#\/support-cases\?.*overdue=1/);
    await expectAccessible(page, `overview, needs action (${lang})`);
    await attention.getByRole('link', { name: w.gaps }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.gapsTitle })).toBeVisible();
  });
}
