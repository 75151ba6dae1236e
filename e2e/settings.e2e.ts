import { expect, expectAccessible, snap, test } from './fixtures';
import { openDemo, settingsPart } from './support';

test('the settings screen lists the levels with their counts and adds a level', async ({ page, host }) => {
  await openDemo(page, host);
  await page.getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Innstillinger', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('radio', { name: 'Norsk bokmål' })).toBeChecked();
  // Where the data lives, so it can be backed up.
  await expect(page.getByRole('definition').filter({ hasText: host.dbPath })).toHaveText(host.dbPath);

  await settingsPart(page, 'Organisasjon og roller');
  const table = page.getByRole('table', { name: 'Nivåer' });
  await expect(table.getByRole('columnheader')).toHaveText(['Rekkefølge', 'Navn', 'Enheter', 'Handlinger']);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('Landsforbund');
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('1');
  await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('Fylkeslag');
  await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('15');
  await expect(rows.nth(3).getByRole('cell').nth(1)).toHaveText('Lokallag');
  await expect(rows.nth(3).getByRole('cell').nth(2)).toHaveText('357');
  // Levels in use cannot be deleted; they can be renamed.
  await expect(table.getByRole('button', { name: /^Slett / })).toHaveCount(0);
  await expect(table.getByRole('button', { name: 'Endre navn på Lokallag' })).toBeVisible();
  await expectAccessible(page, 'settings');
  await snap(page, 'settings');

  const form = page.getByRole('form', { name: 'Legg til nivå' });
  const name = form.getByLabel('Navn', { exact: true });
  await form.getByRole('button', { name: 'Legg til' }).click();
  await expect(form.getByText('Må fylles ut.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');

  await name.fill('Grendelag');
  await name.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Nivået «Grendelag» er lagt til.');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(4).getByRole('cell').nth(0)).toHaveText('4');
  await expect(rows.nth(4).getByRole('cell').nth(1)).toHaveText('Grendelag');
  await expect(rows.nth(4).getByRole('cell').nth(2)).toHaveText('0');
  await expect(name).toHaveValue('');
  // An unused level can be deleted.
  await expect(table.getByRole('button', { name: 'Slett Grendelag' })).toBeVisible();

  // A name that is taken is refused, in words.
  await name.fill('lokallag');
  await name.press('Enter');
  await expect(form.getByRole('alert')).toHaveText('Nivået «lokallag» finnes allerede.');
  await expect(rows).toHaveCount(5);
  await expectAccessible(page, 'settings after adding a level');
  await snap(page, 'settings-level-added');

  // The new level is offered when creating a unit.
  await page.getByRole('link', { name: 'Organisasjon', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Antall enheter per nivå' }).getByRole('listitem')).toHaveText([
    'Landsforbund 1',
    'Fylkeslag 15',
    'Lokallag 357',
    'Grendelag 0',
  ]);
});
