import { addDays, format, parseISO } from 'date-fns';
import { expect, expectAccessible, snap, test } from './fixtures';
import { callApi, createPerson, openApp, openDemo, roleIdByKey, todayInOslo, unitIdByCode, settingsPart } from './support';
import type { Page } from '@playwright/test';

function regionCells(page: Page, region: string) {
  return page
    .getByRole('table', { name: 'Hull per region' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: region, exact: true }) })
    .getByRole('cell');
}

test('overloaded people are listed, and the ownership settings (K and the expiry window) change what counts', async ({ page, host }) => {
  await openDemo(page, host);
  const superUser = await roleIdByKey(page, host, 'super_user');
  const sponsor = await roleIdByKey(page, host, 'sponsor');
  // One super-user for four chapters (more than K = 3), another for two.
  const kari = await createPerson(page, host, { name: 'Kari Mange', email: 'kari.mange@example.no', phone: '22 33 44 55' });
  const bjorn = await createPerson(page, host, { name: 'Bjørn Lett', email: 'bjorn.lett@example.no' });
  for (const code of ['1804', '1806', '1811', '1812']) {
    await callApi(page, host, 'assignments.create', { personId: kari, roleId: superUser, unitId: await unitIdByCode(page, host, code), startDate: '2025-01-01' });
  }
  for (const code of ['1813', '1815']) {
    await callApi(page, host, 'assignments.create', { personId: bjorn, roleId: superUser, unitId: await unitIdByCode(page, host, code), startDate: '2025-01-01' });
  }
  // Oslo's sponsor leaves in 45 days: outside the default 30-day window, inside 60.
  const in45 = format(addDays(parseISO(todayInOslo()), 45), 'yyyy-MM-dd');
  await callApi(page, host, 'assignments.create', { personId: bjorn, roleId: sponsor, unitId: await unitIdByCode(page, host, '03'), startDate: '2025-01-01', endDate: in45 });

  await openApp(page, host, 'ownership');
  const overloaded = page.getByRole('region', { name: 'Overbelastede personer' });
  await expect(overloaded.getByText('Personer med flere enn 3 påkrevde roller, eller samme rolle i flere enn 3 enheter.')).toBeVisible();
  const table = overloaded.getByRole('table', { name: 'Overbelastede personer' });
  await expect(table.getByRole('columnheader')).toHaveText(['Navn', 'Kontakt', 'Påkrevde roller', 'Mest brukte rolle', 'Hvorfor']);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Kari Mange',
    'kari.mange@example.no22 33 44 55',
    '4',
    'Superbruker i 4 enheter',
    'Flere enn 3 påkrevde roller. Samme rolle i flere enn 3 enheter.',
  ]);
  await expect(table.getByRole('link', { name: 'kari.mange@example.no' })).toHaveAttribute('href', 'mailto:kari.mange@example.no');
  await expect(regionCells(page, 'Oslo')).toHaveText(['Oslo', '4', '0', '0', '4']);
  await expectAccessible(page, 'gaps screen with overloaded people');
  await snap(page, 'overloaded');

  // The name leads to the person and their four roles.
  await table.getByRole('link', { name: 'Kari Mange' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kari Mange' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Roller og historikk' }).getByRole('row')).toHaveCount(1 + 4);

  // The role catalog, seeded with the rollout method's roles.
  await page.getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await settingsPart(page, 'Organisasjon og roller');
  await expect(page.getByRole('heading', { level: 2, name: 'Rollekatalog' })).toBeVisible();
  const roles = page.getByRole('table', { name: 'Roller' });
  await expect(roles.getByRole('columnheader')).toHaveText(['Navn', 'Beskrivelse', 'Nivåer', 'Styrerolle', 'Tilgang', 'Tildelt nå', 'Handlinger']);
  await expect(roles.getByRole('row')).toHaveCount(1 + 8);
  const superUserRow = roles.getByRole('row').filter({ has: page.getByRole('button', { name: 'Rediger Superbruker' }) });
  await expect(superUserRow.getByRole('cell').nth(2).getByRole('listitem')).toHaveText(['Fylkeslag: minst 1', 'Lokallag: minst 1']);
  await expect(superUserRow.getByRole('cell').nth(4)).toHaveText('Redigere enheten og alt under · kan eksportere');
  await expect(superUserRow.getByRole('cell').nth(5)).toHaveText('6');
  await expect(superUserRow.getByRole('button', { name: 'Slett Superbruker' })).toBeVisible();
  const group = roles.getByRole('row').filter({ has: page.getByRole('button', { name: 'Rediger Faggruppe' }) });
  await expect(group.getByRole('cell').nth(2)).toHaveText('Landsforbund: minst 2');
  await expect(page.getByRole('button', { name: 'Ny rolle' })).toBeVisible();

  const section = page.getByRole('region', { name: 'Eierskap og hull' });
  const expiry = section.getByRole('spinbutton', { name: 'Varsel om utløp (dager)' });
  const limit = section.getByRole('spinbutton', { name: 'Grense for overbelastning (K)' });
  await expect(expiry).toHaveValue('30');
  await expect(limit).toHaveValue('3');
  await expectAccessible(page, 'settings with the role catalog');
  await snap(page, 'settings-roles');

  // Out of range is refused in words.
  await limit.fill('0');
  await section.getByRole('button', { name: 'Lagre' }).click();
  await expect(section.getByText('Skriv et helt tall fra 1 til 100.')).toBeVisible();
  await expect(limit).toHaveAttribute('aria-invalid', 'true');

  await limit.fill('4');
  await expiry.fill('60');
  await section.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('status')).toHaveText('Innstillingene for eierskap er lagret.');
  await expect(limit).toHaveAttribute('aria-invalid', 'false');
  await expectAccessible(page, 'settings after saving');

  // With K = 4 nobody is overloaded; with a 60-day window Oslo's sponsor is expiring.
  await page.getByRole('link', { name: 'Eierskap', exact: true }).click();
  await expect(overloaded.getByText('Personer med flere enn 4 påkrevde roller, eller samme rolle i flere enn 4 enheter.')).toBeVisible();
  await expect(overloaded.getByText('Ingen personer har for mange roller.')).toBeVisible();
  await expect(table).toHaveCount(0);
  await expect(page.getByText(/«Utløper snart» betyr at en rolle slutter innen 60 dager\.$/)).toBeVisible();
  await expect(regionCells(page, 'Oslo')).toHaveText(['Oslo', '4', '1', '0', '5']);

  // The settings screen reads the saved values back.
  await page.getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await settingsPart(page, 'Organisasjon og roller');
  await expect(limit).toHaveValue('4');
  await expect(expiry).toHaveValue('60');
});
