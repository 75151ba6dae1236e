// The command palette and `/`, with the keyboard alone, in both languages.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, snap, test } from './fixtures';
import { callApi, createPerson, detailPanel, factValue, openDemo, switchToEnglish, unitIdByCode } from './support';

function palette(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  return { dialog, input: dialog.getByRole('combobox'), options: dialog.getByRole('option') };
}

test('Ctrl+K finds «heroy nordland» and Enter lands on the unit; Escape closes; / focuses the search', async ({ page, host }) => {
  await openDemo(page, host);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+k');
  const p = palette(page, 'Søk overalt');
  await expect(p.input).toBeFocused();
  await expect(p.input).toHaveAccessibleName('Gå til skjerm, enhet, person, sak eller veiledning');
  await expect(p.input).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.type('nordland heroy');
  const heroy = p.options.filter({ hasText: 'Herøy 1818' });
  await expect(heroy).toBeVisible();
  await expect(p.options.filter({ hasText: '1515' })).toHaveCount(0);
  await expectAccessible(page, 'palette-nb');
  await snap(page, 'palette-heroy');

  // The arrows move the active option while focus stays in the field.
  const first = await p.options.first().getAttribute('id');
  await expect(p.input).toHaveAttribute('aria-activedescendant', first ?? '');
  const count = await p.options.count();
  await page.keyboard.press('ArrowUp'); // wraps to the last
  await expect(p.options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown'); // back to the first
  await expect(p.options.first()).toHaveAttribute('aria-selected', 'true');
  const index = await p.options.evaluateAll((els) => els.findIndex((el) => el.textContent?.includes('Herøy 1818')));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(heroy).toHaveAttribute('aria-selected', 'true');
  expect(count).toBeGreaterThan(index);
  await expect(p.input).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(p.dialog).toBeHidden();
  const panel = detailPanel(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Herøy' })).toBeVisible();
  await expect(factValue(panel, 'Kode')).toHaveText('1818');

  // Escape closes without going anywhere.
  await page.keyboard.press('Control+k');
  await expect(p.dialog).toBeVisible();
  await page.keyboard.type('bodo');
  await expect(p.options.filter({ hasText: 'Bodø' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(p.dialog).toBeHidden();
  await expect(factValue(panel, 'Kode')).toHaveText('1818');

  // `/` focuses the screen's own search; typed there, «/» is a character.
  await page.locator('#main h1').focus();
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Søk etter enhet' });
  await expect(search).toBeFocused();
  await page.keyboard.type('tromso');
  await expect(page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button').filter({ hasText: 'Tromsø' })).toHaveCount(1);

  // A screen by its name: «alle» goes to the all-units list from the menu.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('alle enheter');
  await expect(p.options.first()).toHaveText('Alle enheter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Alle enheter i innføringen' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Alle enheter' })).toHaveAttribute('aria-current', 'page');
});

test('in English: the palette finds a unit typed without Norwegian letters, and a person', async ({ page, host }) => {
  await openDemo(page, host);
  await switchToEnglish(page);
  await page.getByRole('button', { name: /Search everywhere/ }).click();
  const p = palette(page, 'Search everywhere');
  await expect(p.input).toBeFocused();
  await page.keyboard.type('aalesund');
  const hit = p.options.filter({ hasText: 'Ålesund' }).first();
  await expect(hit).toBeVisible();
  await expect(p.dialog.getByRole('group', { name: 'Units' })).toBeVisible();
  await expectAccessible(page, 'palette-en');
  const index = await p.options.evaluateAll((els) => els.findIndex((el) => el.textContent?.includes('Ålesund')));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Selected unit' }).getByRole('heading', { level: 2, name: 'Ålesund' })).toBeVisible();

  // A person, by first and last name in the other order and without «ø».
  await createPerson(page, host, { name: 'Bjørn Sæther', email: 'bjorn@example.no' });
  await page.keyboard.press('Control+k');
  await page.keyboard.type('saether bjorn');
  const people = p.dialog.getByRole('group', { name: 'People' });
  await expect(people.getByRole('option')).toHaveText([/Bjørn Sæther/]);
  const at = await p.options.evaluateAll((els) => els.findIndex((el) => el.textContent?.includes('Bjørn Sæther')));
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Bjørn Sæther' }).first()).toBeVisible();
});

test('the palette opens a case by its number and a guide by its title or code', async ({ page, host }) => {
  await openDemo(page, host);
  const unitId = await unitIdByCode(page, host, '1804');
  const opened = (await callApi(page, host, 'cases.open', { unitId, reporterName: 'Per Medlem' })) as { id: number };
  await page.keyboard.press('Control+k');
  const p = palette(page, 'Søk overalt');
  await page.keyboard.type(`sak ${opened.id}`);
  const caseGroup = p.dialog.getByRole('group', { name: 'Saker' });
  await expect(caseGroup.getByRole('option')).toHaveText([new RegExp(`Sak ${opened.id}.*Bodø 1804`)]);
  const at = await p.options.evaluateAll((els, id) => els.findIndex((el) => el.textContent?.startsWith(`Sak ${id}`)), opened.id);
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/support-case/${opened.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Sak ${opened.id}`);

  await page.keyboard.press('Control+k');
  // In one go: the palette answers as the words are typed (80 ms), and the guides found for
  // «bankid» alone are not those for «bankid popup», so the title is read from the final list.
  await p.input.fill('bankid popup');
  const guide = p.dialog.getByRole('group', { name: 'Veiledninger' }).getByRole('option').first();
  await expect(guide).toBeVisible();
  const title = (await guide.locator('.hit-name').textContent()) ?? '';
  await expectAccessible(page, 'palette with a guide');
  const g = await p.options.evaluateAll((els, name) => els.findIndex((el) => el.querySelector('.hit-name')?.textContent === name), title);
  for (let i = 0; i < g; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/support\/\d+$/);
  await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
});
