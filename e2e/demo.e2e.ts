import { expect, expectAccessible, snap, test } from './fixtures';
import { detailPanel, factValue, openApp, orgTree, treeItem } from './support';

test('first run offers the demo, and the demo fills the organization chart', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Forankring' })).toBeVisible();
  const load = page.getByRole('button', { name: 'Last inn demoorganisasjonen' });
  await expect(load).toBeEnabled();
  await expectAccessible(page, 'welcome');
  await snap(page, 'welcome');

  await load.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjon' })).toBeVisible();
  await expect(page).toHaveURL(/#\/organization$/);
  await expect(page.getByRole('status')).toHaveText('Demoorganisasjonen er lastet inn med 373 enheter.');
  await expect(page.getByRole('link', { name: 'Organisasjon', exact: true })).toHaveAttribute('aria-current', 'page');

  // One national office, 15 regions and 357 chapters, as the numbers are shown in nb-NO.
  const counts = page.getByRole('list', { name: 'Antall enheter per nivå' }).getByRole('listitem');
  await expect(counts).toHaveText(['Landsforbund 1', 'Fylkeslag 15', 'Lokallag 357']);
  await expect(page.getByRole('heading', { level: 2, name: /Organisasjonskart/ })).toContainText('373 enheter');

  // The top is open with its 15 regions; the national office is selected.
  const tree = orgTree(page);
  await expect(tree.getByRole('treeitem', { level: 1 })).toHaveCount(1);
  await expect(tree.getByRole('treeitem', { level: 2 })).toHaveCount(15);
  await expect(treeItem(page, 'Landsforbundet', 'NO')).toHaveAttribute('aria-selected', 'true');
  await expect(treeItem(page, 'Oslo', '03')).toHaveAttribute('aria-expanded', 'false');
  await expect(factValue(detailPanel(page), 'Kode')).toHaveText('NO');
  await expect(factValue(detailPanel(page), 'Underenheter')).toHaveText('15');

  await expectAccessible(page, 'organization with the demo');
  await snap(page, 'organization-demo');
});

test('first run can also start empty, and then asks for levels first', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Start tomt' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjon' })).toBeFocused();
  await expect(page.getByText('Organisasjonen er tom.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny enhet' })).toBeDisabled();
  await expectAccessible(page, 'empty organization');
  await snap(page, 'organization-empty');

  // The choice is remembered: the welcome screen does not come back.
  await openApp(page, host);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjon' })).toBeVisible();
  await page.getByRole('link', { name: 'Legg inn nivåer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeFocused();
  await expect(page.getByText('Ingen nivåer ennå.')).toBeVisible();
});
