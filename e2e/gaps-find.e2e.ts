// The gap list: a text filter that folds like every search, sorting by column,
// and «Tildel» straight from a gap row; nb and en, with the axe check.
import { expect, expectAccessible, snap, test } from './fixtures';
import { openDemo, switchToEnglish } from './support';

test('filters the gap list by text, sorts it, and fills a gap from its row', async ({ page, host }) => {
  await openDemo(page, host);
  await page.getByRole('link', { name: 'Eierskap', exact: true }).click();
  const gapList = page.getByRole('table', { name: 'Hull-liste' });
  const listHeading = page.getByRole('heading', { level: 2, name: /^Hull-liste/ });
  await expect(listHeading).toHaveText('Hull-liste1\u00a0105 hull');

  // `/` lands in the filter; the words may come in any order, without «ø».
  await page.locator('#main h1').focus();
  await page.keyboard.press('/');
  const filter = page.getByRole('searchbox', { name: 'Filtrer hull-listen' });
  await expect(filter).toBeFocused();
  await page.keyboard.type('nordland heroy');
  await expect(page.getByRole('status').filter({ hasText: 'Viser' })).toHaveText('Viser 3 av 1\u00a0105 hull');
  await expect(gapList.getByRole('row')).toHaveCount(1 + 3);
  await expect(gapList.getByRole('link', { name: 'Herøy 1818' })).toHaveCount(3);

  // Sorted by role, then the other way.
  const roleHeader = gapList.getByRole('columnheader', { name: 'Rolle', exact: true });
  await roleHeader.getByRole('button').click();
  await expect(roleHeader).toHaveAttribute('aria-sort', 'ascending');
  const roles = () => gapList.getByRole('row').locator('td:nth-child(4)');
  await expect(roles()).toHaveText(['Lagleder', 'Lokal supportkontakt', 'Superbruker']);
  await roleHeader.getByRole('button').click();
  await expect(roleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(roles()).toHaveText(['Superbruker', 'Lokal supportkontakt', 'Lagleder']);
  await expectAccessible(page, 'gaps filtered and sorted');
  await snap(page, 'gaps-text-filter');

  // «Tildel» on the Lagleder row: the dialog offers only that role at that unit.
  await gapList.getByRole('button', { name: 'Tildel Lagleder i Herøy (1818)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tildel rolle i Herøy' });
  await expect(dialog.getByRole('searchbox', { name: 'Søk etter person' })).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: 'Rolle' }).getByRole('option')).toHaveText(['Lagleder']);
  await dialog.getByRole('button', { name: 'Ny person' }).click();
  const newPerson = dialog.getByRole('group', { name: 'Ny person' });
  await newPerson.getByRole('textbox', { name: 'Navn' }).fill('Sigrid Øvrebø');
  await newPerson.getByRole('button', { name: 'Opprett og velg' }).click();
  await expect(dialog.getByText(/^Valgt: Sigrid Øvrebø/)).toBeVisible();
  await expectAccessible(page, 'assign from a gap row');
  await dialog.getByRole('button', { name: 'Tildel rolle' }).click();
  await expect(dialog).toBeHidden();

  // The gap is gone; the filter and the order stay.
  await expect(listHeading).toHaveText('Hull-liste1\u00a0104 hull');
  await expect(filter).toHaveValue('nordland heroy');
  await expect(roles()).toHaveText(['Superbruker', 'Lokal supportkontakt']);
  await filter.fill('ingenting slikt');
  await expect(page.getByText('Ingen hull passer til filteret.')).toBeVisible();
});

test('in English: the filter and the row action speak English', async ({ page, host }) => {
  await openDemo(page, host);
  await switchToEnglish(page);
  await page.getByRole('link', { name: 'Ownership', exact: true }).click();
  const filter = page.getByRole('searchbox', { name: 'Filter the gap list' });
  await filter.fill('bodo');
  const gapList = page.getByRole('table', { name: 'Gap list' });
  await expect(gapList.getByRole('link', { name: 'Bodø 1804' }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/^Showing 3 of 1,105 gaps$/);
  await expect(gapList.getByRole('button', { name: 'Assign Super-user in Bodø (1804)' })).toBeVisible();
  await expectAccessible(page, 'gaps filtered in English');
});
