// Dates in forms follow the UI language, not the browser's: this browser is set to American
// English, yet the Norwegian UI reads and writes 01.02.2027 and the English one 01/02/2027.
import { expect, expectAccessible, test } from './fixtures';
import { mainNav, norwegianDate, openDemo, switchToEnglish } from './support';

test.use({ locale: 'en-US' });

test('a wave’s dates are typed as dd.mm.yyyy in nb and dd/mm/yyyy in en, whatever the browser’s locale', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Utrulling', exact: true }).click();
  await page.getByRole('button', { name: 'Ny etappe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny etappe' });
  const start = dialog.getByRole('textbox', { name: 'Planlagt start' });
  const end = dialog.getByRole('textbox', { name: 'Planlagt slutt' });
  await expect(start).toHaveAttribute('placeholder', 'dd.mm.åååå');
  await dialog.getByRole('textbox', { name: 'Navn' }).fill('Etappe vår');
  await start.fill('1.2.27');
  await start.press('Tab');
  // Leaving the field writes the date out in full.
  await expect(start).toHaveValue('01.02.2027');
  await end.fill('31.02.2027');
  await dialog.getByRole('button', { name: 'Opprett etappe' }).click();
  await expect(dialog.getByText('Skriv datoen som dd.mm.åååå, for eksempel 07.12.2026.')).toBeVisible();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: 'Velg dato i kalenderen' })).toHaveCount(2);
  await expectAccessible(page, 'wave form with a bad date');
  await end.fill('28.02.2027');
  await dialog.getByRole('button', { name: 'Opprett etappe' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Fra ${norwegianDate('2027-02-01')} til ${norwegianDate('2027-02-28')}.`)).toBeVisible();

  await switchToEnglish(page);
  await page.getByRole('button', { name: 'Edit the wave Etappe vår' }).click();
  const edit = page.getByRole('dialog', { name: /Etappe vår/ });
  await expect(edit.getByRole('textbox', { name: 'Planned start' })).toHaveValue('01/02/2027');
  await expect(edit.getByRole('textbox', { name: 'Planned end' })).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await expectAccessible(page, 'wave form in English');
});
