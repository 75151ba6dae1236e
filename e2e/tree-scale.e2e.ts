// The organization tree at 5,000 units, all unfolded: it stays a keyboard-driven
// WAI-ARIA tree that passes axe, and only the rows in view are in the DOM.
import { generateOrganization, organizationCsv } from '../bench/synthetic-org';
import { expect, expectAccessible, snap, test } from './fixtures';
import { callApi, detailPanel, openApp, orgTree } from './support';
import type { Page } from '@playwright/test';

const UNITS = 5000;

interface Preview {
  mapping: unknown;
  levels: Array<{ name: string; levelId: number | null }>;
}

async function importLargeOrganization(page: Page, host: Parameters<typeof callApi>[1]): Promise<void> {
  const csv = organizationCsv(generateOrganization({ units: UNITS, seed: 2024 }));
  const file = { fileName: 'organisasjon.csv', base64: Buffer.from(csv, 'utf8').toString('base64') };
  const preview = (await callApi(page, host, 'units.importPreview', file)) as Preview;
  const levelMap = Object.fromEntries(preview.levels.map((l) => [l.name, l.levelId]));
  await callApi(page, host, 'units.import', { ...file, mapping: preview.mapping, levelMap });
}

test('a 5,000-unit tree unfolded is walked by keyboard with few rows in the DOM', async ({ page, host }) => {
  test.setTimeout(120_000);
  await importLargeOrganization(page, host);
  await openApp(page, host, 'organization');
  const tree = orgTree(page);
  const items = tree.getByRole('treeitem');
  await expect(items.first()).toBeVisible();
  await expect(page.locator('#tree-heading')).toContainText('5 000 enheter');

  await page.getByRole('button', { name: 'Fold ut alle' }).click();
  const root = items.first();
  await expect(root).toHaveAttribute('aria-expanded', 'true');
  // Every unit is shown, yet the DOM holds only a screenful of rows.
  await expect(items.nth(5)).toBeVisible();
  expect(await items.count()).toBeLessThan(100);
  await expectAccessible(page, 'the tree with 5,000 units unfolded');

  const focused = tree.locator('[role="treeitem"]:focus');
  await root.focus();
  await expect(focused).toHaveAttribute('aria-level', '1');

  // End: the last row of the whole tree; it is the last of its siblings, and the root has left the DOM.
  await page.keyboard.press('End');
  await expect(focused).toBeInViewport();
  const setsize = await focused.getAttribute('aria-setsize');
  await expect(focused).toHaveAttribute('aria-posinset', setsize ?? '');
  await expect(tree.locator('[aria-level="1"]')).toHaveCount(0);
  await expect(tree.locator('[tabindex="0"]')).toHaveCount(1);
  expect(await items.count()).toBeLessThan(100);
  await expectAccessible(page, 'the end of the unfolded tree');

  // Left on a leaf goes to its parent, one level up.
  const level = Number(await focused.getAttribute('aria-level'));
  await page.keyboard.press('ArrowLeft');
  await expect(focused).toHaveAttribute('aria-level', String(level - 1));

  // Home goes back to the top; type-ahead "r" then finds the first region below it.
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-level', '1');
  await expect(focused).toBeInViewport();
  await page.keyboard.press('r');
  await expect(focused).toHaveAttribute('aria-level', '2');
  await expect(focused).toHaveAccessibleName(/^Region /);

  // Down a hundred rows, well past the first screenful: focus follows and stays in view.
  for (let i = 0; i < 100; i++) await page.keyboard.press('ArrowDown');
  await expect(focused).toBeInViewport();
  await expect(tree.locator('[aria-level="1"]')).toHaveCount(0);
  const name = (await focused.locator('.unit-node-name').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText(name);
  await snap(page, 'tree-5000-unfolded');

  await page.getByRole('button', { name: 'Fold sammen alle' }).click();
  await expect(items).toHaveCount(1);
});
