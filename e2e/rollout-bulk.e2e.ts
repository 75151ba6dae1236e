import { expect, expectAccessible, snap, test } from './fixtures';
import { addRegionToWave, callApi, createWave, mainNav, openApp, openDemo, osloDaysFromToday, stageIdByKey, unitIdByCode } from './support';
import type { Page } from '@playwright/test';

/** The cells of a region's row in the overview's "Status per region" table. */
function regionStatus(page: Page, region: string) {
  return page
    .getByRole('table', { name: 'Status per region' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: region, exact: true }) })
    .getByRole('cell');
}

test('a bulk change marks a stage done for a whole region, and undo puts the counts back', async ({ page, host }) => {
  await openDemo(page, host);
  const wave = await createWave(page, host, 'Etappe 1', osloDaysFromToday(-5), osloDaysFromToday(25));
  await addRegionToWave(page, host, wave, '39');
  await addRegionToWave(page, host, wave, '03');
  // One Vestfold chapter is anchored already, so the bulk change leaves it as it is.
  const anchored = await stageIdByKey(page, host, 'anchored');
  const horten = await unitIdByCode(page, host, '3901');
  await callApi(page, host, 'rollout.setStage', { unitId: horten, stageId: anchored, state: 'done', doneDate: osloDaysFromToday(-2) });

  // Before: Vestfold has 1 of 42 unit-stages done (2 %).
  await openApp(page, host, 'dashboard');
  await page.getByRole('combobox', { name: 'Etappe' }).selectOption({ label: 'Etappe 1' });
  await expect(regionStatus(page, 'Vestfold')).toHaveText(['Vestfold', '7', '2 %', '0', '0', '0', '0']);
  await expect(regionStatus(page, 'Oslo')).toHaveText(['Oslo', '2', '0 %', '0', '0', '0', '0']);

  await mainNav(page).getByRole('link', { name: 'Utrulling', exact: true }).click();
  const bulk = page.getByRole('region', { name: 'Masseendring' });
  await expect(bulk.getByRole('radio', { name: 'En region' })).toBeChecked();
  // Nothing is chosen yet: the form says what is missing.
  await bulk.getByRole('button', { name: 'Utfør masseendringen' }).click();
  await expect(bulk.getByRole('combobox', { name: 'Region' })).toHaveAttribute('aria-invalid', 'true');
  await bulk.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Vestfold' });
  await bulk.getByRole('combobox', { name: 'Steg' }).selectOption({ label: 'Forankret' });
  await expect(bulk.getByRole('radio', { name: 'Marker som fullført' })).toBeChecked();
  await bulk.getByLabel('Fullført dato').fill(osloDaysFromToday(-1));
  await expectAccessible(page, 'bulk change form');
  await bulk.getByRole('button', { name: 'Utfør masseendringen' }).click();
  // Confirmation before, not after: the core's dry run counts the units, and Cancel is where focus starts.
  const ask = page.getByRole('dialog', { name: 'Utføre masseendringen?' });
  await expect(ask).toContainText('Dette endrer 6 enheter i Vestfold. 1 har allerede denne tilstanden og står uendret.');
  await expect(ask.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectAccessible(page, 'bulk change confirmation');
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Endre 6 enheter' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();

  await expect(bulk.getByText('Masseendringen er utført: 6 endret, 1 uendret, av 7 enheter.')).toBeVisible();
  await expect(bulk.getByText(/markerte «Forankret» som fullført for 6 enheter i Vestfold/)).toBeVisible();
  // The opened wave's unit list shows Vestfold's chapters done through «Forankret», and Oslo still not started.
  await page.getByRole('button', { name: 'Planlegg etappen Etappe 1' }).click();
  const units = page.getByRole('table', { name: 'Enheter i Etappe 1' });
  await expect(units.getByRole('row').filter({ hasText: 'Sandefjord (3907)' }).getByRole('cell').nth(2)).toHaveText('Ferdig til og med Forankret');
  await expect(units.getByRole('row').filter({ hasText: 'Oslo (0301)' }).getByRole('cell').nth(2)).toHaveText('Ikke startet');
  await expectAccessible(page, 'bulk change done');
  await snap(page, 'bulk-done');

  // Every unit's history says it was part of a bulk change.
  const sandefjord = await unitIdByCode(page, host, '3907');
  await openApp(page, host, `rollout-unit/${sandefjord}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Utrulling: Sandefjord' })).toBeVisible();
  const latest = page.getByRole('region', { name: 'Historikk' }).getByRole('listitem').first();
  await expect(latest).toContainText('Masseendring – Forankret');
  await expect(latest).toContainText('Tilstand: Ikke startet → Fullført');

  // After: 7 of 42 done (17 %) in Vestfold; Oslo untouched.
  await openApp(page, host, 'dashboard');
  await page.getByRole('combobox', { name: 'Etappe' }).selectOption({ label: 'Etappe 1' });
  await expect(regionStatus(page, 'Vestfold')).toHaveText(['Vestfold', '7', '17 %', '0', '0', '0', '0']);
  await expect(regionStatus(page, 'Oslo')).toHaveText(['Oslo', '2', '0 %', '0', '0', '0', '0']);

  // Undo runs at once: the change was confirmed before it ran.
  await mainNav(page).getByRole('link', { name: 'Utrulling', exact: true }).click();
  await expect(page.getByText(/markerte «Forankret» som fullført for 6 enheter i Vestfold/)).toBeVisible();
  await page.getByRole('button', { name: 'Angre siste masseendring' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Masseendringen er angret. 6 enheter er satt tilbake.');
  await expect(page.getByText('Det finnes ingen masseendring å angre.')).toBeVisible();

  // The counts are back where they were; the chapter anchored by hand stays anchored.
  await openApp(page, host, 'dashboard');
  await page.getByRole('combobox', { name: 'Etappe' }).selectOption({ label: 'Etappe 1' });
  await expect(regionStatus(page, 'Vestfold')).toHaveText(['Vestfold', '7', '2 %', '0', '0', '0', '0']);
  const hortenNow = (await callApi(page, host, 'rollout.unit', { unitId: horten })) as { stages: Array<{ stageId: number; state: string }> };
  expect(hortenNow.stages.find((s) => s.stageId === anchored)?.state).toBe('done');
  await openApp(page, host, `rollout-unit/${sandefjord}`);
  await expect(page.getByRole('region', { name: 'Historikk' }).getByRole('listitem').first()).toContainText('Masseendring angret');
  await expect(page.getByRole('table', { name: 'Stegene for Sandefjord' }).getByRole('row').nth(1)).toContainText('Ikke startet');
});
