// The all-units list (from the menu) and a wave's units: a text filter that
// folds like every search, and columns that sort; nb and en, with axe.
import { expect, expectAccessible, snap, test } from './fixtures';
import { callApi, mainNav, openDemo, osloDaysFromToday, switchToEnglish, unitIdByCode } from './support';

test('the all-units list from the menu filters by text and sorts by column', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Alle enheter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alle enheter i innføringen' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Alle enheter i innføringen' });
  const heading = page.getByRole('heading', { level: 2, name: /^Enheter/ });

  await page.locator('#main h1').focus();
  await page.keyboard.press('/');
  const filter = page.getByRole('searchbox', { name: 'Søk i listen' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('vaaler');
  await expect(heading).toHaveText('Enheter2 enheter');
  await expect(table.getByRole('link')).toHaveText(['Våler 3114', 'Våler 3419']);

  await filter.fill('nordland');
  const unitHeader = table.getByRole('columnheader', { name: 'Enhet', exact: true });
  await unitHeader.getByRole('button').click();
  await expect(unitHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('link').first()).toHaveText('Alstahaug 1820');
  await unitHeader.getByRole('button').click();
  await expect(unitHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('link').first()).toHaveText(/^Øksnes|^Ørsta|^Å/);
  await expectAccessible(page, 'all units filtered and sorted');
  await snap(page, 'all-units-sorted');
});

test('in English: a wave’s units filter by text and sort by region', async ({ page, host }) => {
  await openDemo(page, host);
  const wave = (await callApi(page, host, 'waves.create', {
    name: 'Wave 1', plannedStart: osloDaysFromToday(-5), plannedEnd: osloDaysFromToday(60),
  })) as { id: number };
  for (const code of ['39', '03']) await callApi(page, host, 'waves.addRegion', { waveId: wave.id, regionId: await unitIdByCode(page, host, code) });
  await switchToEnglish(page);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Rollout', exact: true }).click();
  await page.getByRole('button', { name: 'Plan the wave Wave 1' }).click();
  const units = page.getByRole('table', { name: 'Units in Wave 1' });
  await expect(units.getByRole('link')).toHaveCount(9);

  const filter = page.getByRole('searchbox', { name: "Filter the wave's units" });
  await filter.fill('sandefjord');
  await expect(units.getByRole('link')).toHaveText(['Sandefjord (3907)']);
  await filter.fill('vestfold');
  await expect(units.getByRole('link')).toHaveCount(7);
  await filter.fill('');
  const region = units.getByRole('columnheader', { name: 'Region', exact: true });
  await region.getByRole('button').click();
  await expect(region).toHaveAttribute('aria-sort', 'descending');
  await expect(units.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('Vestfold');
  await region.getByRole('button').click();
  await expect(region).toHaveAttribute('aria-sort', 'ascending');
  await expect(units.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('Oslo');
  await filter.fill('nowhere at all');
  await expect(page.getByText('No units in the wave match the filter.')).toBeVisible();
  await expectAccessible(page, 'wave units filtered');
});
