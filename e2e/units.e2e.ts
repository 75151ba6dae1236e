import { expect, expectAccessible, snap, test } from './fixtures';
import { detailPanel, factValue, openDemo, orgTree, treeItem } from './support';

test('finds both Herøy and shows each in its own region', async ({ page, host }) => {
  await openDemo(page, host);
  await page.getByRole('searchbox', { name: 'Søk etter enhet' }).fill('Herøy');

  const hits = page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button');
  await expect(hits).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('2 treff');
  const inMore = hits.filter({ hasText: '1515' });
  const inNordland = hits.filter({ hasText: '1818' });
  await expect(inMore).toContainText('Landsforbundet › Møre og Romsdal');
  await expect(inNordland).toContainText('Landsforbundet › Nordland');
  await snap(page, 'search-heroy');

  const panel = detailPanel(page);
  const path = panel.getByRole('navigation', { name: 'Plassering i organisasjonen' }).getByRole('button');

  await inMore.click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Herøy' })).toBeVisible();
  await expect(factValue(panel, 'Kode')).toHaveText('1515');
  await expect(factValue(panel, 'Nivå')).toHaveText('Lokallag');
  await expect(path).toHaveText(['Landsforbundet', 'Møre og Romsdal']);
  // Choosing a hit opens its region in the tree and selects it there.
  await expect(treeItem(page, 'Møre og Romsdal', '15')).toHaveAttribute('aria-expanded', 'true');
  await expect(treeItem(page, 'Herøy', '1515')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('searchbox', { name: 'Søk etter enhet' })).toHaveValue('');

  await page.getByRole('searchbox', { name: 'Søk etter enhet' }).fill('herøy');
  await expect(hits).toHaveCount(2);
  await inNordland.click();
  await expect(factValue(panel, 'Kode')).toHaveText('1818');
  await expect(path).toHaveText(['Landsforbundet', 'Nordland']);
  await expect(treeItem(page, 'Herøy', '1818')).toHaveAttribute('aria-selected', 'true');
  // One selection: the other Herøy is no longer it (scrolled away, it is not even in the virtualized tree's DOM).
  await expect(orgTree(page).locator('[aria-selected="true"]')).toHaveCount(1);
  await snap(page, 'heroy-nordland');
});

test('the tree works with the keyboard alone', async ({ page, host }) => {
  await openDemo(page, host);
  // The tree is one tab stop after the archived checkbox; it lands on the selected unit.
  await page.getByRole('checkbox', { name: 'Vis arkiverte' }).focus();
  await page.keyboard.press('Tab');
  await expect(treeItem(page, 'Landsforbundet', 'NO')).toBeFocused();

  await page.keyboard.press('ArrowDown'); // Oslo
  await page.keyboard.press('ArrowDown'); // Rogaland
  await page.keyboard.press('ArrowDown'); // Møre og Romsdal
  const region = treeItem(page, 'Møre og Romsdal', '15');
  await expect(region).toBeFocused();
  await expect(region).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('ArrowRight');
  await expect(region).toHaveAttribute('aria-expanded', 'true');
  // The tree scrolls inside its panel; the page itself does not grow (its hidden member counts once made it).
  const viewportHeight = page.viewportSize()?.height ?? 0;
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewportHeight);
  await page.keyboard.press('ArrowRight'); // the first chapter, by code
  await expect(treeItem(page, 'Kristiansund', '1505')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const molde = treeItem(page, 'Molde', '1506');
  await expect(molde).toBeFocused();
  // Moving focus does not select; Enter does.
  await expect(molde).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Enter');
  await expect(molde).toHaveAttribute('aria-selected', 'true');

  const panel = detailPanel(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Molde' })).toBeVisible();
  await expect(factValue(panel, 'Kode')).toHaveText('1506');
  await expect(panel.getByRole('navigation', { name: 'Plassering i organisasjonen' }).getByRole('button')).toHaveText([
    'Landsforbundet',
    'Møre og Romsdal',
  ]);

  // Left goes to the parent, Left again folds it; focus stays in the tree.
  await page.keyboard.press('ArrowLeft');
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(region).toHaveAttribute('aria-expanded', 'false');
  await expect(orgTree(page).getByRole('treeitem', { name: /^Molde / })).toHaveCount(0);
  // Type-ahead: "N" jumps to the next name starting with N.
  await page.keyboard.press('n');
  await expect(treeItem(page, 'Nordland', '18')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(factValue(panel, 'Kode')).toHaveText('18');
  await snap(page, 'keyboard-tree');
});

test('creates a chapter, moves it to another region, and archives it', async ({ page, host }) => {
  await openDemo(page, host);
  const panel = detailPanel(page);
  const status = page.getByRole('status');

  await treeItem(page, 'Møre og Romsdal', '15').click();
  await expect(factValue(panel, 'Kode')).toHaveText('15');
  await page.getByRole('button', { name: 'Ny enhet' }).click();

  const form = page.getByRole('form', { name: 'Ny enhet' });
  await expect(form).toBeVisible();
  await expect(form.getByText('Møre og Romsdal (15)')).toBeVisible();
  // A chapter under a region: the level below is suggested.
  await expect(form.getByLabel('Nivå', { exact: true })).toHaveValue(/\d+/);
  await expect(form.getByLabel('Nivå', { exact: true }).locator('option:checked')).toHaveText('Lokallag');
  await expectAccessible(page, 'new unit form');
  await snap(page, 'unit-form-new');

  // Submitting empty shows the required fields.
  await form.getByRole('button', { name: 'Opprett enhet' }).click();
  await expect(form.getByLabel('Navn', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Må fylles ut.')).toHaveCount(2);

  await form.getByLabel('Navn', { exact: true }).focus();
  await page.keyboard.type('Sjøsiden lag');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Kode', { exact: true })).toBeFocused();
  await page.keyboard.type('9901');
  await page.keyboard.press('Tab'); // level: keep the suggestion
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Medlemmer', { exact: true })).toBeFocused();
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');

  await expect(status).toHaveText('Sjøsiden lag er opprettet.');
  const created = treeItem(page, 'Sjøsiden lag', '9901');
  await expect(created).toHaveAttribute('aria-selected', 'true');
  await expect(created).toHaveAttribute('aria-level', '3');
  await expect(factValue(panel, 'Egne medlemmer')).toHaveText('42');
  const path = panel.getByRole('navigation', { name: 'Plassering i organisasjonen' }).getByRole('button');
  await expect(path).toHaveText(['Landsforbundet', 'Møre og Romsdal']);
  await expect(page.getByRole('list', { name: 'Antall enheter per nivå' })).toContainText('Lokallag 358');

  // Move it to Nordland.
  await panel.getByRole('button', { name: 'Flytt' }).click();
  const moveDialog = page.getByRole('dialog', { name: 'Flytt Sjøsiden lag' });
  await expect(moveDialog).toBeVisible();
  await expect(moveDialog).toContainText('Ligger nå under Møre og Romsdal.');
  const target = moveDialog.getByRole('searchbox', { name: 'Søk etter ny overordnet enhet' });
  await expect(target).toBeFocused();
  await target.fill('Nordland');
  await moveDialog.getByRole('radio', { name: /^Nordland 18/ }).check();
  await expectAccessible(page, 'move dialog');
  await snap(page, 'move-dialog');
  await moveDialog.getByRole('button', { name: 'Flytt under Nordland' }).click();

  await expect(moveDialog).toBeHidden();
  await expect(status).toHaveText('Sjøsiden lag er flyttet.');
  await expect(path).toHaveText(['Landsforbundet', 'Nordland']);
  // Nordland is opened to show it (far above in the virtualized tree, so not asserted by its own row).
  await expect(created).toHaveAttribute('aria-selected', 'true');
  await expect(created).toBeInViewport();

  // Archive it: it leaves the tree, and the parent is selected instead.
  await panel.getByRole('button', { name: 'Arkiver' }).click();
  const confirm = page.getByRole('dialog', { name: 'Arkivere Sjøsiden lag?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectAccessible(page, 'archive confirmation');
  await snap(page, 'archive-confirm');
  await confirm.getByRole('button', { name: 'Arkiver' }).click();

  await expect(confirm).toBeHidden();
  await expect(status).toHaveText('Sjøsiden lag er arkivert.');
  await expect(created).toHaveCount(0);
  await expect(factValue(panel, 'Kode')).toHaveText('18');

  await page.getByRole('checkbox', { name: 'Vis arkiverte' }).check();
  const archived = orgTree(page).getByRole('treeitem', { name: /^Sjøsiden lag 9901 arkivert/ });
  // It is Nordland's last chapter, below the rows in view (the tree renders only those): search brings it up.
  await page.getByRole('searchbox', { name: 'Søk etter enhet' }).fill('Sjøsiden');
  await page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button', { name: /9901/ }).click();
  await expect(archived).toBeVisible();
  await expect(archived).toHaveClass(/is-archived/);
  await archived.click();
  await expect(panel.getByRole('button', { name: 'Gjenopprett' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Flytt' })).toHaveCount(0);
  await snap(page, 'archived-shown');
});

test('refuses to move a region under one of its own chapters', async ({ page, host }) => {
  await openDemo(page, host);
  const panel = detailPanel(page);
  await treeItem(page, 'Møre og Romsdal', '15').click();
  await expect(factValue(panel, 'Kode')).toHaveText('15');

  await panel.getByRole('button', { name: 'Flytt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Flytt Møre og Romsdal' });
  await dialog.getByRole('searchbox', { name: 'Søk etter ny overordnet enhet' }).fill('Herøy');
  await dialog.getByRole('radio', { name: /^Herøy 1515/ }).check();
  await dialog.getByRole('button', { name: 'Flytt under Herøy' }).click();

  await expect(dialog.getByRole('alert')).toHaveText('1515 ligger under 15. En enhet kan ikke flyttes under seg selv.');
  await expectAccessible(page, 'move dialog with a refusal');
  await snap(page, 'move-cycle');

  // Nothing moved.
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('navigation', { name: 'Plassering i organisasjonen' }).getByRole('button')).toHaveText(['Landsforbundet']);
  await expect(treeItem(page, 'Møre og Romsdal', '15')).toHaveAttribute('aria-level', '2');
});
