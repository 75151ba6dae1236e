import { expect, expectAccessible, test } from './fixtures';
import { mainNav, openDemo, settingsPart } from './support';

test('the role catalog: a role is created for a level, renamed, and deleted, with the keyboard and its announcements', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await settingsPart(page, 'Organisasjon og roller');
  const roles = page.getByRole('table', { name: 'Roller' });
  await expect(roles.getByRole('row')).toHaveCount(9);

  await page.getByRole('button', { name: 'Ny rolle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny rolle' });
  await expect(dialog.getByRole('textbox', { name: 'Navn på bokmål' })).toBeFocused();
  await page.keyboard.type('Dataansvarlig');
  await dialog.getByRole('textbox', { name: 'Navn på engelsk' }).fill('Data steward');
  await dialog.getByRole('textbox', { name: 'Beskrivelse på bokmål' }).fill('Holder medlemsregisteret ryddig.');
  // A role must apply somewhere: refused until a level is ticked.
  await dialog.getByRole('button', { name: 'Opprett rolle' }).click();
  await expect(dialog.getByText('Velg minst ett nivå.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Gjelder på Fylkeslag' }).check();
  await dialog.getByRole('spinbutton', { name: 'Minimum på Fylkeslag' }).fill('1');
  await expectAccessible(page, 'new role dialog');
  await dialog.getByRole('button', { name: 'Opprett rolle' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Rollen «Dataansvarlig» er lagt til.');
  const row = roles.getByRole('row').filter({ hasText: 'Dataansvarlig' });
  await expect(row).toContainText('Data steward');
  await expect(row).toContainText('Fylkeslag: minst 1');

  await page.getByRole('button', { name: 'Rediger Dataansvarlig' }).click();
  const edit = page.getByRole('dialog', { name: 'Rediger Dataansvarlig' });
  await edit.getByRole('textbox', { name: 'Navn på bokmål' }).fill('Datavokter');
  await edit.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByRole('status')).toHaveText('Endringene i «Datavokter» er lagret.');
  await expect(roles.getByRole('row').filter({ hasText: 'Datavokter' })).toContainText('Holder medlemsregisteret ryddig.');

  await page.getByRole('button', { name: 'Slett Datavokter' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Slette rollen Datavokter?' }).or(page.getByRole('dialog', { name: 'Slette rollen Datavokter?' }));
  await confirm.getByRole('button', { name: 'Slett rollen' }).click();
  await expect(page.getByRole('status')).toHaveText('Rollen «Datavokter» er slettet.');
  await expect(roles.getByRole('row').filter({ hasText: 'Datavokter' })).toHaveCount(0);
  await expect(roles.getByRole('row')).toHaveCount(9);
  await expectAccessible(page, 'settings after deleting a role');
});

test('the role catalog marks board roles, and editing a board role keeps the mark', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await settingsPart(page, 'Organisasjon og roller');
  const roles = page.getByRole('table', { name: 'Roller' });
  const leader = roles.getByRole('row').filter({ has: page.getByRole('button', { name: 'Rediger Lagleder' }) });
  const superUser = roles.getByRole('row').filter({ has: page.getByRole('button', { name: 'Rediger Superbruker' }) });
  await expect(leader.getByRole('cell', { name: 'Ja', exact: true })).toBeVisible();
  await expect(superUser.getByRole('cell', { name: 'Nei', exact: true })).toBeVisible();

  // Saving the elected role without touching the box must not unmark it.
  await page.getByRole('button', { name: 'Rediger Lagleder' }).click();
  const edit = page.getByRole('dialog', { name: 'Rediger Lagleder' });
  const box = edit.getByRole('checkbox', { name: 'Styrerolle (velges på årsmøtet)' });
  await expect(box).toBeChecked();
  await expectAccessible(page, 'edit role dialog with the board box');
  await edit.getByRole('button', { name: 'Lagre' }).click();
  await expect(edit).toBeHidden();
  await expect(leader.getByRole('cell', { name: 'Ja', exact: true })).toBeVisible();

  // Marking an appointed role from the keyboard.
  await page.getByRole('button', { name: 'Rediger Superbruker' }).click();
  const su = page.getByRole('dialog', { name: 'Rediger Superbruker' });
  await su.getByRole('checkbox', { name: 'Styrerolle (velges på årsmøtet)' }).focus();
  await page.keyboard.press('Space');
  await su.getByRole('button', { name: 'Lagre' }).click();
  await expect(su).toBeHidden();
  await expect(superUser.getByRole('cell', { name: 'Ja', exact: true })).toBeVisible();
  await expectAccessible(page, 'role catalog with board roles');
});

test('the role catalog sets the access each role gives, and whether it may export', async ({ page, host }) => {
  await openDemo(page, host);
  await mainNav(page).getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await settingsPart(page, 'Organisasjon og roller');
  const roles = page.getByRole('table', { name: 'Roller' });
  const row = (name: string) => roles.getByRole('row').filter({ has: page.getByRole('button', { name: `Rediger ${name}` }) });
  await expect(row('Lagleder').getByRole('cell', { name: 'Redigere egen enhet · kan eksportere' })).toBeVisible();
  await expect(row('Lokal supportkontakt').getByRole('cell', { name: /^Support/ })).toBeVisible();

  // From the keyboard: the faggruppe may read, and now export too.
  await page.getByRole('button', { name: 'Rediger Faggruppe' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rediger Faggruppe' });
  const level = dialog.getByRole('combobox', { name: 'Tilgang rollen gir' });
  await expect(level).toHaveValue('read');
  await expect(level).toHaveAccessibleDescription(/alt under den/);
  await dialog.getByRole('checkbox', { name: 'Kan eksportere filer (medlemslister, rapporter)' }).focus();
  await page.keyboard.press('Space');
  await expectAccessible(page, 'role dialog with access and export');
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toBeHidden();
  await expect(row('Faggruppe').getByRole('cell', { name: 'Lese · kan eksportere' })).toBeVisible();
});
