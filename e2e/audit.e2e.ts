import { expect, expectAccessible, test } from './fixtures';
import { callApi, openApp, openDemo } from './support';

test('the audit trail lists every change with its before and after, filters by module, and shows on a unit page', async ({ page, host }) => {
  await openDemo(page, host);
  const hits = (await callApi(page, host, 'units.search', { query: 'Herøy' })) as Array<{ id: number; code: string }>;
  const heroy = hits.find((h) => h.code === '1515');
  expect(heroy).toBeDefined();
  await callApi(page, host, 'units.update', { id: heroy?.id, name: 'Herøy lag' });
  await callApi(page, host, 'levels.create', { name: 'Grendelag' });

  await page.getByRole('link', { name: 'Endringslogg', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Endringslogg' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Endringer' });
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText('levels.create');
  await expect(first).toContainText('name: – → Grendelag');
  await expect(table.getByRole('row').nth(2)).toContainText('name: Herøy → Herøy lag');
  await expect(table.getByRole('row').nth(2)).toContainText('1515 Herøy lag');
  await expectAccessible(page, 'audit');

  // The filters from the keyboard.
  const area = page.getByLabel('Område');
  await area.focus();
  await area.selectOption('levels');
  await expect(page.getByText('1 endring', { exact: true })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);

  // The unit's own history on its page, opened from the keyboard.
  await openApp(page, host, `organization/${heroy?.id}`);
  const summary = page.locator('summary', { hasText: 'Historikk' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const history = page.getByRole('table', { name: 'Historikk: Herøy lag' });
  await expect(history.getByRole('row').nth(1)).toContainText('units.update');
  await expectAccessible(page, 'unit history');

  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Changes' }).getByRole('columnheader')).toHaveText(['Time', 'Done by', 'Action', 'Unit', 'Changed']);
  await expectAccessible(page, 'audit en');
});
