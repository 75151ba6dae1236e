import { expect, expectAccessible, snap, test } from './fixtures';
import { callApi, createPerson, mainNav, norwegianDate, openDemo, osloDaysFromToday, roleIdByKey, todayInOslo, unitIdByCode } from './support';
import type { Locator, Page } from '@playwright/test';

/** The cells of a row in a coverage table, by its first cell: a unit or the total, or a region's drill-down button. */
function coverageRow(table: Locator, name: string) {
  const page = table.page();
  const first = page.getByRole('cell', { name, exact: true }).or(page.getByRole('button', { name: `Vis enhetene i ${name}`, exact: true }));
  return table.getByRole('row').filter({ has: first }).getByRole('cell');
}

async function assignRole(page: Page, host: Parameters<typeof callApi>[1], person: number, roleKey: string, unitCode: string): Promise<void> {
  await callApi(page, host, 'assignments.create', {
    personId: person, roleId: await roleIdByKey(page, host, roleKey), unitId: await unitIdByCode(page, host, unitCode), startDate: osloDaysFromToday(-30),
  });
}

test('shows training coverage per region, drills into a region, and a registered session raises it', async ({ page, host }) => {
  await openDemo(page, host);
  // Three new role holders in Vestfold: a super-user and a chapter leader in Horten, a chapter leader in Tønsberg.
  const sofie = await createPerson(page, host, { name: 'Sofie Superbruker', email: 'sofie@example.no' });
  const lars = await createPerson(page, host, { name: 'Lars Lagleder', email: 'lars@example.no' });
  const mona = await createPerson(page, host, { name: 'Mona Tønnesen', email: 'mona@example.no' });
  await assignRole(page, host, sofie, 'super_user', '3901');
  await assignRole(page, host, lars, 'chapter_leader', '3901');
  await assignRole(page, host, mona, 'chapter_leader', '3905');

  await mainNav(page).getByRole('link', { name: 'Opplæring', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opplæring' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Dekning per region' })).toBeVisible();
  const regions = page.getByRole('table', { name: 'Dekning per region' });
  await expect(regions.getByRole('columnheader')).toHaveText([
    'Hvor', 'Rolleinnehavere', 'Gyldig grunnopplæring', 'Superbrukere med videregående', 'Oppfriskning forfalt', 'Nye uten opplæring',
  ]);
  // 15 regions and the nation.
  await expect(regions.getByRole('row')).toHaveCount(17);
  await expect(coverageRow(regions, 'Vestfold')).toHaveText(['Vestfold', '3', '0 % (0 av 3)', '0 av 1', '0', '3 av 3']);
  await expect(coverageRow(regions, 'Hele landet')).toHaveText(['Hele landet', '3', '0 % (0 av 3)', '0 av 1', '0', '3 av 3']);
  // Nobody to count is not 0 %: a dash and the reason.
  await expect(coverageRow(regions, 'Oslo')).toHaveText([
    'Oslo', '0', '– (ingen rolleinnehavere ennå)', '– (ingen superbrukere ennå)', '0', '– (ingen nye rolleinnehavere)',
  ]);
  await expect(page.getByText('Ingen økter å vise.')).toBeVisible();
  // Sofie has never been at a super-users' gathering: Vestfold is reminded, and only Vestfold.
  await expect(page.getByRole('heading', { level: 3, name: 'Superbrukersamling' })).toBeVisible();
  await expect(page.getByTestId('gathering-reminders').getByRole('listitem')).toHaveText(['Vestfold: 1 superbruker, aldri vært på en samling']);
  await expectAccessible(page, 'training screen');
  await snap(page, 'training-before');

  // Basic training in Horten for its two role holders, and for Tønsberg's leader found by searching.
  await page.getByRole('button', { name: 'Registrer økt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrer økt' });
  // Nothing chosen: the form says what is missing.
  await dialog.getByRole('button', { name: 'Registrer' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Type' })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Grunnopplæring' });
  await expect(dialog.getByRole('combobox', { name: 'Form' })).toHaveValue('in_person');
  await dialog.getByRole('textbox', { name: 'Kursholder' }).fill('Per Kursholder');
  await expect(dialog.getByRole('group', { name: 'Rolleinnehavere i enheten' })).toContainText('Velg enhet for å se rolleinnehaverne der.');
  await dialog.getByRole('searchbox', { name: 'Enhet (søk)' }).fill('3901');
  await dialog.getByRole('radio', { name: /Horten/ }).check();
  const holders = dialog.getByRole('group', { name: 'Rolleinnehavere i enheten' });
  await expect(holders.getByRole('checkbox')).toHaveCount(2);
  await holders.getByRole('checkbox', { name: /^Sofie Superbruker/ }).check();
  await holders.getByRole('checkbox', { name: /^Lars Lagleder/ }).check();
  const others = dialog.getByRole('group', { name: 'Andre personer' });
  await others.getByRole('searchbox', { name: 'Søk etter person' }).fill('Mona');
  await others.getByRole('checkbox', { name: /^Mona Tønnesen/ }).check();
  const chosen = dialog.getByRole('group', { name: 'Deltakere (3)' });
  await expect(chosen.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expectAccessible(page, 'register session');
  await snap(page, 'training-register');
  await dialog.getByRole('button', { name: 'Registrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Økten Grunnopplæring ${norwegianDate(todayInOslo())}, Horten er registrert.`);

  // The session is listed, and its attendees can be seen.
  const sessions = page.getByRole('table', { name: 'Økter' });
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await expect(sessions.getByRole('row').nth(1)).toContainText('Grunnopplæring');
  await expect(sessions.getByRole('row').nth(1)).toContainText('Per Kursholder');
  await expect(sessions.getByRole('row').nth(1).getByRole('cell').nth(5)).toHaveText('3');

  // Coverage follows: all three holders trained; the super-user still lacks the advanced course.
  await expect(coverageRow(regions, 'Vestfold')).toHaveText(['Vestfold', '3', '100 % (3 av 3)', '0 av 1', '0', '0 av 3']);

  // Into the region: one row per unit, with the region's total last.
  await page.getByRole('button', { name: 'Vis enhetene i Vestfold' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Dekning per enhet i Vestfold' });
  await expect(heading).toBeFocused();
  const units = page.getByRole('table', { name: 'Dekning per enhet i Vestfold' });
  await expect(units.getByRole('row')).toHaveCount(9);
  await expect(coverageRow(units, 'Horten (3901)')).toHaveText(['Horten (3901)', '2', '100 % (2 av 2)', '0 av 1', '0', '0 av 2']);
  await expect(coverageRow(units, 'Tønsberg (3905)')).toHaveText(['Tønsberg (3905)', '1', '100 % (1 av 1)', '– (ingen superbrukere ennå)', '0', '0 av 1']);
  await expect(coverageRow(units, 'Larvik (3909)')).toHaveText(['Larvik (3909)', '0', '– (ingen rolleinnehavere ennå)', '– (ingen superbrukere ennå)', '0', '– (ingen nye rolleinnehavere)']);
  await expect(units.getByRole('row').last().getByRole('cell')).toHaveText(['Vestfold', '3', '100 % (3 av 3)', '0 av 1', '0', '0 av 3']);
  await expectAccessible(page, 'training coverage for one region');
  await snap(page, 'training-region');

  await page.getByRole('button', { name: 'Tilbake til alle regioner' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Dekning per region' })).toBeFocused();
  await expect(regions.getByRole('row')).toHaveCount(17);
});
