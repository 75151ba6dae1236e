// The two main ownership stories again, each in the other language than in
// ownership.e2e.ts: assigning a chapter's roles in English, replacing a
// region's board in Norwegian.
import { expect, expectAccessible, snap, test } from './fixtures';
import {
  callApi,
  cardLevel,
  cardRole,
  createPerson,
  csvLines,
  downloadVia,
  norwegianDate,
  osloDaysFromToday,
  openApp,
  openDemo,
  ownershipCard,
  roleIdByKey,
  stateBadge,
  switchToEnglish,
  todayInOslo,
  unitIdByCode,
  formDate,
} from './support';

test('in English: assigns a chapter’s roles and sees its gaps leave the gap list', async ({ page, host }) => {
  await openDemo(page, host);
  await page.getByRole('link', { name: 'Eierskap', exact: true }).click();
  const byRegion = page.getByRole('table', { name: 'Gaps by region' });
  const gapList = page.getByRole('table', { name: 'Gap list' });
  await expect(page.getByRole('table', { name: 'Hull per region' }).getByRole('row').last().getByRole('cell')).toHaveText([
    'Hele organisasjonen',
    '1\u00a0105',
    '0',
    '0',
    '1\u00a0105',
  ]);
  // Switching language on this screen re-words the tables already shown, numbers included.
  await switchToEnglish(page);
  await expect(byRegion.getByRole('row').last().getByRole('cell')).toHaveText(['The whole organization', '1,105', '0', '0', '1,105']);
  await expect(gapList.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Oslo 03', 'Fylkeslag', 'Oslo', 'Sponsor', 'Missing', '0 of 1', 'Assign']);

  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Nordland' });
  await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Lokallag' });
  await expect(page.getByRole('heading', { level: 2, name: /^Gap list/ })).toHaveText('Gap list123 gaps');
  await expect(gapList.getByRole('link', { name: 'Herøy 1818' })).toHaveCount(3);
  await expect(byRegion.getByRole('row').last().getByRole('cell')).toHaveText(['Total for the selection', '123', '0', '0', '123']);
  await expectAccessible(page, 'gap list filtered, in English');

  // The link opens the chapter, whose card lists what is missing.
  await gapList.getByRole('link', { name: 'Herøy 1818' }).first().click();
  await expect(page).toHaveURL(/#\/organization\/\d+$/);
  await expect(page.getByRole('tree', { name: 'Organization chart' }).getByRole('treeitem', { name: /^Herøy 1818\b/ })).toHaveAttribute('aria-selected', 'true');
  const card = ownershipCard(page, 'Who owns what', 'Selected unit');
  const chapter = cardLevel(card, 'Lokallag: Herøy 1818');
  await expect(chapter.getByRole('heading', { level: 5 })).toHaveText(['Super-user', 'Local support contact', 'Chapter leader']);
  await expect(stateBadge(cardRole(chapter, 'Super-user'))).toHaveText('Missing');
  await expect(cardRole(chapter, 'Super-user')).toContainText('Nobody holds this role now.');

  const people = [
    { name: 'Emma Olsen', email: 'emma.olsen@example.no', role: 'Super-user' },
    { name: 'Noah Berg', email: 'noah.berg@example.no', role: 'Local support contact' },
    { name: 'Sara Dahl', email: 'sara.dahl@example.no', role: 'Chapter leader' },
  ];
  for (const [i, person] of people.entries()) {
    await card.getByRole('button', { name: 'Assign role' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign a role in Herøy' });
    await dialog.getByRole('button', { name: 'New person' }).click();
    const inline = dialog.getByRole('group', { name: 'New person' });
    await inline.getByRole('textbox', { name: 'Name' }).fill(person.name);
    await inline.getByRole('textbox', { name: 'E-mail' }).fill(person.email);
    await inline.getByRole('button', { name: 'Create and choose' }).click();
    await expect(dialog.getByText(`Chosen: ${person.name} (${person.email})`)).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: person.role });
    await expect(dialog.getByLabel('Start date')).toHaveValue(formDate(todayInOslo(), 'en'));
    if (i === 0) {
      await expectAccessible(page, 'assign dialog in English');
      await snap(page, 'assign-dialog-en');
    }
    await dialog.getByRole('button', { name: 'Assign role' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toHaveText(`${person.name} is now ${person.role} in Herøy.`);
    await expect(stateBadge(cardRole(chapter, person.role))).toHaveText('Filled');
    await expect(cardRole(chapter, person.role)).toContainText('1 of 1');
  }
  await expectAccessible(page, 'chapter card filled, in English');
  await snap(page, 'card-filled-en');

  await page.getByRole('link', { name: 'Ownership', exact: true }).click();
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Nordland' });
  await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Lokallag' });
  await expect(page.getByRole('heading', { level: 2, name: /^Gap list/ })).toHaveText('Gap list120 gaps');
  await expect(gapList.getByRole('link', { name: 'Herøy 1818' })).toHaveCount(0);
  await expect(byRegion.getByRole('row').last().getByRole('cell')).toHaveText(['Total for the selection', '120', '0', '0', '120']);

  // The English export has English headers and words.
  const csv = await downloadVia(page, page.getByRole('button', { name: 'Export the gap list (CSV)' }));
  expect(csv.download.suggestedFilename()).toMatch(/^gaps-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csvLines(csv.bytes);
  expect(lines[0]).toBe('region;unit;unit name;level;role;minimum;holders;state;vacant since;last day held');
  expect(lines).toHaveLength(1 + 120);
  expect(lines).toContain('Nordland;1804;Bodø;Lokallag;Chapter leader;1;0;missing;;');
  expect(lines.filter((l) => l.includes(';1818;'))).toEqual([]);
});

test('in Norwegian: replaces a region’s board, and the role nobody takes over becomes vacant', async ({ page, host }) => {
  await openDemo(page, host);
  const region = await unitIdByCode(page, host, '15');
  const siri = await createPerson(page, host, { name: 'Siri Lund', email: 'siri.lund@example.no' });
  const tor = await createPerson(page, host, { name: 'Tor Eide', email: 'tor.eide@example.no' });
  await createPerson(page, host, { name: 'Hanne Sæther', email: 'hanne.saether@example.no' });
  // This organization elects its region's sponsor and super-user at the annual meeting: both are marked as board roles.
  for (const key of ['sponsor', 'super_user']) await callApi(page, host, 'roles.update', { id: await roleIdByKey(page, host, key), board: true });
  await callApi(page, host, 'assignments.create', { personId: siri, roleId: await roleIdByKey(page, host, 'sponsor'), unitId: region, startDate: '2024-01-01' });
  await callApi(page, host, 'assignments.create', { personId: tor, roleId: await roleIdByKey(page, host, 'super_user'), unitId: region, startDate: '2024-01-01' });

  await openApp(page, host, `organization/${region}`);
  const card = ownershipCard(page);
  const own = cardLevel(card, 'Fylkeslag: Møre og Romsdal 15');
  await expect(cardRole(own, 'Sponsor')).toContainText('Siri Lund');
  await card.getByRole('button', { name: 'Bytt styre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bytt styre i Møre og Romsdal' });
  await expect(dialog.getByLabel('Dato for byttet')).toHaveValue(formDate(todayInOslo()));
  await expect(dialog.getByRole('region', { name: 'Disse avsluttes' }).getByRole('listitem')).toHaveText(['Tor Eide – Superbruker', 'Siri Lund – Sponsor']);
  await expect(dialog.getByText('Styreroller som avsluttes: Sponsor og Superbruker. Andre roller står.')).toBeVisible();
  const row = dialog.getByRole('group', { name: 'Ny rolle 1' });
  // A row without a person is refused in words.
  await dialog.getByRole('button', { name: 'Bytt styre' }).click();
  await expect(row.getByText('Velg en person, eller opprett en ny.')).toBeVisible();
  await row.getByRole('searchbox', { name: 'Person 1' }).fill('sæther');
  await row.getByRole('radio', { name: /^Hanne Sæther/ }).check();
  await row.getByRole('combobox', { name: 'Rolle for person 1' }).selectOption({ label: 'Sponsor' });
  // The new holder's end is the last day held: the day before the change is refused, naming the row.
  const lastDay = row.getByLabel('Siste dag for person 1 (valgfri)');
  await lastDay.fill(osloDaysFromToday(-1));
  await dialog.getByRole('button', { name: 'Bytt styre' }).click();
  await expect(row.getByText('Siste dag for person 1 kan ikke være før datoen for byttet.')).toBeVisible();
  await expect(lastDay).toHaveAttribute('aria-invalid', 'true');
  await lastDay.fill('2028-02-29');
  await expectAccessible(page, 'replace the board dialog');
  await snap(page, 'replace-board');
  await dialog.getByRole('button', { name: 'Bytt styre' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Styret i Møre og Romsdal er byttet: 2 avsluttet og 1 lagt til.');
  await expect(cardRole(own, 'Sponsor')).toContainText('Hanne Sæther');
  await expect(cardRole(own, 'Sponsor')).not.toContainText('Siri Lund');
  const today = todayInOslo();
  const inNorwegian = norwegianDate(today);
  await expect(cardRole(own, 'Sponsor')).toContainText(`Fra ${inNorwegian}, siste dag 29. februar 2028`);
  // Nobody was elected super-user: the role is vacant from the day of the change.
  await expect(stateBadge(cardRole(own, 'Superbruker'))).toHaveText(`Ledig siden ${inNorwegian}`);
  await expectAccessible(page, 'region card after the change');
  await snap(page, 'region-card-replaced');

  await page.getByRole('link', { name: 'Personer', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Søk etter person' }).fill('tor eide');
  await page.getByRole('table', { name: 'Personer' }).getByRole('link', { name: 'Tor Eide' }).click();
  await expect(page.getByRole('table', { name: 'Roller og historikk' }).getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Superbruker',
    'Møre og Romsdal (15)',
    '1. januar 2024',
    // The old board's last day was the day before the change.
    norwegianDate(osloDaysFromToday(-1)),
    'Avsluttet',
  ]);
});
