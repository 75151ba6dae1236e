import { expect, expectAccessible, snap, test } from './fixtures';
import { openDemo, treeItem } from './support';

test('switches to English, remembers it after a reload, and switches back', async ({ page, host }) => {
  await openDemo(page, host);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  const norwegian = page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'Norsk bokmål' });
  await expect(norwegian).toHaveAttribute('aria-pressed', 'true');
  // Numbers follow the language: a narrow no-break space groups thousands in Norwegian.
  await expect(treeItem(page, 'Landsforbundet', 'NO')).toContainText('55\u00a0506');

  // The desktop saves the language in the settings; on the team server it is each person's, kept in the browser.
  const saved = process.env.FORANKRING_E2E_PG_URL ? Promise.resolve() : page.waitForResponse((r) => r.url().includes('/api/settings.update') && r.ok());
  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await saved;

  const english = page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' });
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const expectEnglish = async () => {
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await expect(nav.getByRole('link', { name: 'Organization', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Organization' })).toBeVisible();
    await expect(page.getByRole('tree', { name: 'Organization chart' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search for a unit' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Show archived' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New unit' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Units per level' })).toBeVisible();
    await expect(page.getByRole('tree', { name: 'Organization chart' }).getByRole('treeitem').first()).toContainText('55,506');
    await expect(page.getByRole('region', { name: 'Selected unit' }).getByRole('term').first()).toHaveText('Code');
    await expect(page).toHaveTitle('Organization – Forankring');
  };
  await expectEnglish();
  await expectAccessible(page, 'organization in English');
  await snap(page, 'organization-en');

  await page.reload();
  await expectEnglish();
  await expect(english).toHaveAttribute('aria-pressed', 'true');

  // The settings screen says the same in English.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expectAccessible(page, 'settings in English');
  await snap(page, 'settings-en');

  const back = process.env.FORANKRING_E2E_PG_URL ? Promise.resolve() : page.waitForResponse((r) => r.url().includes('/api/settings.update') && r.ok());
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Norsk bokmål' }).click();
  await back;
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Norsk bokmål' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await expect(nav.getByRole('link', { name: 'Innstillinger', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Organisasjon', exact: true })).toBeVisible();
  await expectAccessible(page, 'settings in Norwegian');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
  await expect(norwegian).toHaveAttribute('aria-pressed', 'true');
});
