import { expect, expectAccessible, snap, test } from './fixtures';
import { mainNav, openDemo, settingsPart } from './support';

test('staff edit the vendor contact, a tier’s targets and the problem catalog, and the help screen uses them', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeFocused();
  await settingsPart(page, 'Brukerstøtte');

  // The vendor: the last step of every path.
  const vendor = page.getByRole('region', { name: 'Leverandørens supportkontakt' });
  await vendor.getByRole('textbox', { name: 'Navn' }).fill('CRM-leverandøren AS');
  await vendor.getByRole('textbox', { name: 'E-post' }).fill('support@crm.example');
  await vendor.getByRole('textbox', { name: 'Telefon' }).fill('+47 800 12 345');
  await vendor.getByRole('button', { name: 'Lagre leverandørkontakten' }).click();
  await expect(page.getByRole('status')).toHaveText('Leverandørkontakten er lagret.');

  // The region answers within 2 hours from now on.
  const sla = page.getByRole('region', { name: 'Svarfrister for innloggingsstøtte' });
  const region = sla.getByRole('group', { name: 'Region' });
  await expect(region.getByRole('spinbutton', { name: 'Første svar – Region' })).toHaveValue('4');
  await expect(region.getByRole('combobox', { name: 'Tidsenhet for første svar – Region' })).toHaveValue('hours');
  await region.getByRole('spinbutton', { name: 'Første svar – Region' }).fill('2');
  await expect(region.getByRole('checkbox', { name: 'Bare arbeidstid teller (Region)' })).toBeChecked();
  await sla.getByRole('button', { name: 'Lagre svarfristene' }).click();
  await expect(page.getByRole('status')).toHaveText('Svarfristene er lagret.');

  // A new problem in the catalog, with its own code.
  const catalog = page.getByRole('region', { name: 'Problemkatalog for innlogging' });
  await catalog.getByRole('button', { name: 'Nytt problem' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt problem' });
  await expect(dialog.getByRole('textbox', { name: 'Tittel (bokmål)' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Tittel (bokmål)' }).fill('Medlemsportalen avviser innlogging');
  await dialog.getByRole('textbox', { name: 'Tittel (engelsk)' }).fill('The member portal refuses the login');
  await dialog.getByRole('textbox', { name: 'Steg for selvhjelp (bokmål)' }).fill('Logg ut av alle faner.\nLogg inn på nytt.');
  await dialog.getByRole('textbox', { name: 'Steg for selvhjelp (engelsk)' }).fill('Sign out of every tab.\nSign in again.');
  await dialog.getByRole('combobox', { name: 'Kan løses av' }).selectOption({ label: 'Region' });
  await dialog.getByRole('textbox', { name: 'Feilkoder' }).fill('mp-4711');
  await expectAccessible(page, 'new problem dialog');
  await snap(page, 'support-settings-problem-dialog');
  await dialog.getByRole('button', { name: 'Legg til' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('«Medlemsportalen avviser innlogging» er lagt til.');
  const row = catalog.getByRole('row').filter({ hasText: 'Medlemsportalen avviser innlogging' });
  await expect(row).toContainText('MP-4711');
  await expectAccessible(page, 'settings with the support sections');
  await snap(page, 'support-settings');

  // The help screen finds it by its code, and the path carries the new target and the vendor.
  await mainNav(page).getByRole('link', { name: 'Innloggingshjelp', exact: true }).click();
  await page.getByRole('textbox', { name: 'Lim inn feilmeldingen eller koden' }).fill('Innlogging feilet (feilkode MP-4711)');
  await page.getByRole('button', { name: 'Finn hjelp' }).click();
  // The exact code opens its guide at once.
  await expect(page.getByText('Fant koden MP-4711', { exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Medlemsportalen avviser innlogging' }).getByRole('listitem')).toHaveText(['Logg ut av alle faner.', 'Logg inn på nytt.']);
  await page.getByRole('searchbox', { name: 'Lokallag eller enhet (søk)' }).fill('Herøy');
  await page.getByRole('radio', { name: /^Herøy 1818/ }).click();
  const steps = page.getByRole('list', { name: 'Hvem du kontakter for Herøy, i rekkefølge' }).locator(':scope > li');
  await expect(steps.nth(1)).toContainText('Ingen superbruker i Nordland – gå videre til nasjonalt nivå');
  await expect(steps.nth(1)).toContainText('Første svar innen 2 t, løst innen 16 t (arbeidstid)');
  await expect(steps.last().getByRole('link', { name: 'support@crm.example' })).toHaveAttribute('href', 'mailto:support@crm.example');

  // The unit is remembered: the next visit shows the path at once.
  await page.reload();
  await expect(page.getByText('Valgt enhet: Herøy (1818)')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Hvem du kontakter for Herøy, i rekkefølge' })).toBeVisible();

  // Deleting the problem takes it out of the lookup.
  await mainNav(page).getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await settingsPart(page, 'Brukerstøtte');
  await page.getByRole('button', { name: 'Slett Medlemsportalen avviser innlogging' }).click();
  const confirm = page.getByRole('dialog', { name: 'Slette «Medlemsportalen avviser innlogging»?' });
  await confirm.getByRole('button', { name: 'Slett problemet' }).click();
  await expect(page.getByRole('status')).toHaveText('«Medlemsportalen avviser innlogging» er slettet.');
  await expect(page.getByRole('row').filter({ hasText: 'Medlemsportalen avviser innlogging' })).toHaveCount(0);
});
