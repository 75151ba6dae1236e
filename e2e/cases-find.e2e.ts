// The case list's text filter: by the case's unit, folded like every search,
// beside the sorting the list already had; nb and en, with axe.
import { expect, expectAccessible, test } from './fixtures';
import { callApi, openApp, openDemo, switchToEnglish, unitIdByCode } from './support';

test('the case list filters by unit, in any spelling, and keeps its order', async ({ page, host }) => {
  await openDemo(page, host);
  const open = async (code: string) => {
    const unitId = await unitIdByCode(page, host, code);
    return ((await callApi(page, host, 'cases.open', { unitId, reporterName: 'Per Medlem' })) as { id: number }).id;
  };
  const heroyNordland = await open('1818');
  const bodo = await open('1804');
  const heroyMore = await open('1515');

  await openApp(page, host, 'support-cases');
  const table = page.getByRole('table', { name: 'Saker' });
  const cases = () => table.getByRole('row').filter({ has: page.getByRole('link') }).getByRole('link');
  await expect(cases()).toHaveText([`Sak ${heroyMore}`, `Sak ${bodo}`, `Sak ${heroyNordland}`]);

  await page.locator('#main h1').focus();
  await page.keyboard.press('/');
  const filter = page.getByRole('searchbox', { name: 'Enhet' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('heroy');
  await expect(cases()).toHaveText([`Sak ${heroyMore}`, `Sak ${heroyNordland}`]);
  await filter.fill('bodo');
  await expect(cases()).toHaveText([`Sak ${bodo}`]);
  await filter.fill('1515');
  await expect(cases()).toHaveText([`Sak ${heroyMore}`]);
  await expectAccessible(page, 'case list filtered');

  await switchToEnglish(page);
  const unit = page.getByRole('searchbox', { name: 'Unit' });
  await unit.fill('HERØY');
  await expect(page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ has: page.getByRole('link') })).toHaveCount(2);
  await unit.fill('nowhere');
  await expect(page.getByRole('table', { name: 'Cases' })).toHaveCount(0);
  await expectAccessible(page, 'case list filtered in English');
});

test('the chapter picker in login help finds a chapter typed without «ø», words in any order', async ({ page, host }) => {
  await openDemo(page, host);
  await openApp(page, host, 'support');
  const picker = page.getByRole('searchbox', { name: 'Lokallag eller enhet (søk)' });
  await picker.fill('nordland heroy');
  const hits = page.getByRole('group', { name: 'Søkeresultater' }).getByRole('radio');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAccessibleName(/^Herøy 1818/);
  await picker.fill('bodo');
  await expect(hits.first()).toHaveAccessibleName(/^Bodø 1804/);
  await hits.first().click();
  await expect(page.getByText(/Bodø \(1804\)/).first()).toBeVisible();
  await expectAccessible(page, 'login help chapter picker');
});
