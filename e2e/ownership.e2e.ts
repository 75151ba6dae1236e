import { addDays, format, parseISO } from 'date-fns';
import { expect, expectAccessible, snap, test } from './fixtures';
import {
  callApi,
  cardLevel,
  cardRole,
  createPerson,
  csvLines,
  detailPanel,
  downloadVia,
  factValue,
  openApp,
  norwegianDate,
  openDemo,
  osloDaysFromToday,
  ownershipCard,
  roleIdByKey,
  stateBadge,
  switchToEnglish,
  todayInOslo,
  treeItem,
  unitIdByCode,
  formDate,
} from './support';
import type { Page } from '@playwright/test';

const CHAPTER_ROLES = ['Superbruker', 'Lokal supportkontakt', 'Lagleder'];

async function selectHeroyInNordland(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Søk etter enhet' }).fill('Herøy');
  await page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button').filter({ hasText: '1818' }).click();
  await expect(detailPanel(page).getByRole('heading', { level: 2, name: 'Herøy' })).toBeVisible();
}

/** The cells of a region's row in "Gaps by region": name, missing, expiring, vacant, total. */
function regionRow(page: Page, region: string) {
  return page
    .getByRole('table', { name: 'Hull per region' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: region, exact: true }) })
    .getByRole('cell');
}

test('assigns the roles a chapter needs, and its gaps close on the card and on the gaps screen', async ({ page, host }) => {
  await openDemo(page, host);
  // Someone already in the register, to be found by searching rather than created.
  await createPerson(page, host, { name: 'Ola Strand', email: 'ola.strand@example.no', phone: '911 22 333' });

  // Before: Nordland's 41 chapters miss 3 roles each, and the region itself 2.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Eierskap', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eierskap' })).toBeVisible();
  await expect(regionRow(page, 'Nordland')).toHaveText(['Nordland', '125', '0', '0', '125']);
  await expect(regionRow(page, 'Hele organisasjonen')).toHaveText(['Hele organisasjonen', '1\u00a0105', '0', '0', '1\u00a0105']);

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Organisasjon', exact: true }).click();
  await selectHeroyInNordland(page);
  const card = ownershipCard(page);
  await expect(card.getByRole('heading', { level: 3, name: 'Hvem eier hva' })).toBeVisible();
  // The card shows the chapter, and every level above it with its own roles.
  await expect(card.getByRole('heading', { level: 4 })).toHaveText(['Lokallag: Herøy 1818', 'Fylkeslag: Nordland 18', 'Landsforbund: Landsforbundet NO']);
  const chapter = cardLevel(card, 'Lokallag: Herøy 1818');
  await expect(chapter.getByRole('heading', { level: 5 })).toHaveText(CHAPTER_ROLES);
  for (const role of CHAPTER_ROLES) {
    await expect(stateBadge(cardRole(chapter, role))).toHaveText('Mangler');
    await expect(cardRole(chapter, role)).toContainText('0 av 1');
    await expect(cardRole(chapter, role)).toContainText('Ingen har rollen nå.');
  }
  const region = cardLevel(card, 'Fylkeslag: Nordland 18');
  await expect(region.getByRole('heading', { level: 5 })).toHaveText(['Sponsor', 'Superbruker']);
  await expect(stateBadge(cardRole(region, 'Sponsor'))).toHaveText('Mangler');
  const national = cardLevel(card, 'Landsforbund: Landsforbundet NO');
  await expect(cardRole(national, 'Faggruppe')).toContainText('0 av 2');
  await expectAccessible(page, 'unit card with gaps');
  await snap(page, 'card-chapter-missing');

  // 1. A new person, created inside the dialog, as super-user.
  await card.getByRole('button', { name: 'Tildel rolle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tildel rolle i Herøy' });
  await expect(dialog.getByRole('searchbox', { name: 'Søk etter person' })).toBeFocused();
  // Only the roles the catalog allows at a chapter are offered.
  await expect(dialog.getByRole('combobox', { name: 'Rolle' }).getByRole('option')).toHaveText(CHAPTER_ROLES);
  await expect(dialog.getByLabel('Startdato')).toHaveValue(formDate(todayInOslo()));
  // Nobody chosen yet: refused in words, nothing saved.
  await dialog.getByRole('button', { name: 'Tildel rolle' }).click();
  await expect(dialog.getByText('Velg en person, eller opprett en ny.')).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Søk etter person' })).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('button', { name: 'Ny person' }).click();
  const newPerson = dialog.getByRole('group', { name: 'Ny person' });
  await newPerson.getByRole('textbox', { name: 'Navn' }).fill('Ingrid Bakke');
  await newPerson.getByRole('textbox', { name: 'E-post' }).fill('ingrid.bakke@example.no');
  await newPerson.getByRole('textbox', { name: 'Telefon' }).fill('+47 412 34 567');
  await newPerson.getByRole('button', { name: 'Opprett og velg' }).click();
  await expect(dialog.getByText('Valgt: Ingrid Bakke (ingrid.bakke@example.no)')).toBeVisible();
  await expect(newPerson).toBeHidden();
  await dialog.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Superbruker' });
  await expectAccessible(page, 'assign role dialog');
  await snap(page, 'assign-dialog');
  await dialog.getByRole('button', { name: 'Tildel rolle' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Ingrid Bakke er nå Superbruker i Herøy.');
  const superUser = cardRole(chapter, 'Superbruker');
  await expect(stateBadge(superUser)).toHaveText('Besatt');
  await expect(superUser).toContainText('1 av 1');
  await expect(superUser).toContainText('Ingrid Bakke');
  // Contact details are on the card, as links.
  await expect(superUser.getByRole('link', { name: 'ingrid.bakke@example.no' })).toHaveAttribute('href', 'mailto:ingrid.bakke@example.no');
  await expect(superUser.getByRole('link', { name: '+47 412 34 567' })).toHaveAttribute('href', 'tel:+4741234567');
  await expect(superUser.getByRole('button', { name: 'Avslutt Ingrid Bakke som Superbruker' })).toBeVisible();
  // The others are still missing.
  await expect(stateBadge(cardRole(chapter, 'Lokal supportkontakt'))).toHaveText('Mangler');

  // 2. Someone already registered, found by searching, from a date in the past.
  await card.getByRole('button', { name: 'Tildel rolle' }).click();
  await dialog.getByRole('searchbox', { name: 'Søk etter person' }).fill('strand');
  await dialog.getByRole('radio', { name: /^Ola Strand/ }).check();
  await expect(dialog.getByText('Valgt: Ola Strand (ola.strand@example.no)')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Lokal supportkontakt' });
  await dialog.getByLabel('Startdato').fill('2025-01-01');
  await dialog.getByRole('button', { name: 'Tildel rolle' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Ola Strand er nå Lokal supportkontakt i Herøy.');
  const support = cardRole(chapter, 'Lokal supportkontakt');
  await expect(stateBadge(support)).toHaveText('Besatt');
  await expect(support).toContainText('Fra 1. januar 2025');

  // 3. A chapter leader without e-mail, created inline with the name typed in the search.
  await card.getByRole('button', { name: 'Tildel rolle' }).click();
  await dialog.getByRole('searchbox', { name: 'Søk etter person' }).fill('Per Hansen');
  await expect(dialog.getByText('Ingen personer passer søket.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Ny person' }).click();
  await expect(newPerson.getByRole('textbox', { name: 'Navn' })).toHaveValue('Per Hansen');
  await newPerson.getByRole('button', { name: 'Opprett og velg' }).click();
  await expect(dialog.getByText('Valgt: Per Hansen')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Lagleder' });
  // The end field asks for the last day held; before the start it is refused, naming the field.
  const lastDay = dialog.getByLabel('Siste dag');
  await expect(lastDay).toHaveAccessibleDescription('Valgfri. Den siste dagen personen har rollen. La feltet stå tomt hvis rollen ikke har noen slutt.');
  await lastDay.fill(osloDaysFromToday(-1));
  await dialog.getByRole('button', { name: 'Tildel rolle' }).click();
  await expect(dialog.getByText('Siste dag kan ikke være før startdatoen.')).toBeVisible();
  await expect(lastDay).toHaveAttribute('aria-invalid', 'true');
  // The leap day: held all of 29 February 2028, shown as that day, not the stored 1 March.
  await lastDay.fill('2028-02-29');
  await dialog.getByRole('button', { name: 'Tildel rolle' }).click();
  await expect(dialog).toBeHidden();

  for (const role of CHAPTER_ROLES) await expect(stateBadge(cardRole(chapter, role))).toHaveText('Besatt');
  await expect(cardRole(chapter, 'Lagleder')).toContainText('Per Hansen');
  await expect(cardRole(chapter, 'Lagleder')).toContainText(`Fra ${norwegianDate(todayInOslo())}, siste dag 29. februar 2028`);
  // The region's own roles are not the chapter's to fill.
  await expect(stateBadge(cardRole(region, 'Superbruker'))).toHaveText('Mangler');
  await expectAccessible(page, 'unit card with the chapter filled');
  await snap(page, 'card-chapter-filled');

  // Nordland now misses three roles fewer, and so does the whole organization.
  await page.getByRole('link', { name: 'Eierskap', exact: true }).click();
  await expect(regionRow(page, 'Nordland')).toHaveText(['Nordland', '122', '0', '0', '122']);
  await expect(regionRow(page, 'Hele organisasjonen')).toHaveText(['Hele organisasjonen', '1\u00a0102', '0', '0', '1\u00a0102']);
  await expect(regionRow(page, 'Møre og Romsdal')).toHaveText(['Møre og Romsdal', '83', '0', '0', '83']);

  // Ending a role leaves it vacant from the end date, and the gap is back, counted as vacant.
  await page.getByRole('link', { name: 'Organisasjon', exact: true }).click();
  await selectHeroyInNordland(page);
  await cardRole(chapter, 'Lokal supportkontakt').getByRole('button', { name: 'Avslutt Ola Strand som Lokal supportkontakt' }).click();
  const end = page.getByRole('dialog', { name: 'Avslutt Ola Strand som Lokal supportkontakt' });
  const endDay = end.getByLabel('Siste dag');
  await expect(endDay).toBeFocused();
  // "End it now": the proposed last day is yesterday, so the role is not held today.
  const yesterday = osloDaysFromToday(-1);
  await expect(endDay).toHaveValue(formDate(yesterday));
  await expect(endDay).toHaveAccessibleDescription('Den siste dagen personen har rollen. Fra dagen etter har personen den ikke lenger.');
  await endDay.fill('2024-12-31');
  await end.getByRole('button', { name: 'Avslutt' }).click();
  await expect(end.getByText('Siste dag kan ikke være før startdatoen, 1. januar 2025.')).toBeVisible();
  await endDay.fill(yesterday);
  await expectAccessible(page, 'end assignment dialog');
  await end.getByRole('button', { name: 'Avslutt' }).click();
  await expect(end).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`Siste dag som Lokal supportkontakt for Ola Strand: ${norwegianDate(yesterday)}.`);
  await expect(stateBadge(support)).toHaveText(`Ledig siden ${norwegianDate(todayInOslo())}`);
  await expect(support).toContainText('Ingen har rollen nå.');
  await snap(page, 'card-vacant');

  await page.getByRole('link', { name: 'Eierskap', exact: true }).click();
  await expect(regionRow(page, 'Nordland')).toHaveText(['Nordland', '122', '0', '1', '123']);
});

test('replaces a region’s board in English; the old holders stay in their history', async ({ page, host }) => {
  await openDemo(page, host);
  const region = await unitIdByCode(page, host, '15');
  const chapter = await unitIdByCode(page, host, '1515');
  const sponsor = await roleIdByKey(page, host, 'sponsor');
  const superUser = await roleIdByKey(page, host, 'super_user');
  // This organization elects its region's sponsor and super-user at the annual meeting: both are marked as board roles.
  await callApi(page, host, 'roles.update', { id: sponsor, board: true });
  await callApi(page, host, 'roles.update', { id: superUser, board: true });
  // The board elected in 2024, and a chapter's super-user who must not be touched.
  const siri = await createPerson(page, host, { name: 'Siri Lund', email: 'siri.lund@example.no' });
  const tor = await createPerson(page, host, { name: 'Tor Eide', email: 'tor.eide@example.no' });
  const lena = await createPerson(page, host, { name: 'Lena Berg', email: 'lena.berg@example.no' });
  await createPerson(page, host, { name: 'Marte Vik', email: 'marte.vik@example.no' });
  await callApi(page, host, 'assignments.create', { personId: siri, roleId: sponsor, unitId: region, startDate: '2024-01-01' });
  await callApi(page, host, 'assignments.create', { personId: tor, roleId: superUser, unitId: region, startDate: '2024-01-01' });
  await callApi(page, host, 'assignments.create', { personId: lena, roleId: superUser, unitId: chapter, startDate: '2024-01-01' });

  await switchToEnglish(page);
  await page.getByRole('tree', { name: 'Organization chart' }).getByRole('treeitem', { name: /^Møre og Romsdal 15\b/ }).click();
  const card = ownershipCard(page, 'Who owns what', 'Selected unit');
  const own = cardLevel(card, 'Fylkeslag: Møre og Romsdal 15');
  await expect(own.getByRole('heading', { level: 5 })).toHaveText(['Sponsor', 'Super-user']);
  await expect(stateBadge(cardRole(own, 'Sponsor'))).toHaveText('Filled');
  await expect(cardRole(own, 'Sponsor')).toContainText('Siri Lund');
  await expect(cardRole(own, 'Sponsor')).toContainText('From 1 January 2024');
  await expect(cardRole(own, 'Super-user')).toContainText('Tor Eide');
  await expect(cardLevel(card, 'Landsforbund: Landsforbundet NO').getByRole('heading', { level: 5 })).toHaveText([
    'System owner',
    'Technical owner',
    'Functional owner',
    'Functional group member',
  ]);
  await expectAccessible(page, 'region card in English');
  await snap(page, 'region-card-en');

  await card.getByRole('button', { name: 'Replace the board' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the board of Møre og Romsdal' });
  const date = dialog.getByLabel('Date of the change');
  await expect(date).toBeFocused();
  await expect(date).toHaveValue(formDate(todayInOslo(), 'en'));
  // Whoever will be ended is named before anything happens.
  await expect(dialog.getByRole('region', { name: 'These will end' }).getByRole('listitem')).toHaveText(['Tor Eide – Super-user', 'Siri Lund – Sponsor']);
  await date.fill('2025-06-15');

  // Row 1: someone already registered.
  const row1 = dialog.getByRole('group', { name: 'New role 1' });
  await row1.getByRole('searchbox', { name: 'Person 1' }).fill('marte');
  await row1.getByRole('radio', { name: /^Marte Vik/ }).check();
  await expect(row1.getByText('Chosen: Marte Vik (marte.vik@example.no)')).toBeVisible();
  await row1.getByRole('combobox', { name: 'Role for person 1' }).selectOption({ label: 'Sponsor' });
  // Only the region's roles are offered.
  await expect(row1.getByRole('combobox', { name: 'Role for person 1' }).getByRole('option')).toHaveText(['Sponsor', 'Super-user']);

  // Row 2: a new person, created on the spot.
  await dialog.getByRole('button', { name: 'Add a person' }).click();
  const row2 = dialog.getByRole('group', { name: 'New role 2' });
  await row2.getByRole('button', { name: 'New person' }).click();
  const inline = row2.getByRole('group', { name: 'New person' });
  await inline.getByRole('textbox', { name: 'Name' }).fill('Jonas Lie');
  await inline.getByRole('textbox', { name: 'E-mail' }).fill('jonas.lie@example.no');
  await inline.getByRole('button', { name: 'Create and choose' }).click();
  await expect(row2.getByText('Chosen: Jonas Lie (jonas.lie@example.no)')).toBeVisible();
  await row2.getByRole('combobox', { name: 'Role for person 2' }).selectOption({ label: 'Super-user' });

  // A third row added by mistake is removed again.
  await dialog.getByRole('button', { name: 'Add a person' }).click();
  await expect(dialog.getByRole('group', { name: 'New role 3' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove person 3' }).click();
  await expect(dialog.getByRole('group', { name: /^New role/ })).toHaveCount(2);
  await expectAccessible(page, 'replace the board dialog in English');
  await snap(page, 'replace-board-en');

  await dialog.getByRole('button', { name: 'Replace the board' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('The board of Møre og Romsdal is replaced: 2 ended and 2 added.');
  await expect(cardRole(own, 'Sponsor')).toContainText('Marte Vik');
  await expect(cardRole(own, 'Sponsor')).toContainText('From 15 June 2025');
  await expect(cardRole(own, 'Sponsor')).not.toContainText('Siri Lund');
  await expect(cardRole(own, 'Super-user')).toContainText('Jonas Lie');
  await expect(cardRole(own, 'Super-user')).not.toContainText('Tor Eide');
  await expect(stateBadge(cardRole(own, 'Sponsor'))).toHaveText('Filled');
  await expect(stateBadge(cardRole(own, 'Super-user'))).toHaveText('Filled');
  await expect(own.getByRole('button', { name: 'End Jonas Lie as Super-user' })).toBeVisible();
  await snap(page, 'region-card-replaced-en');

  // The old sponsor's history keeps the ended term.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search for a person' }).fill('siri');
  const people = page.getByRole('table', { name: 'People' });
  await expect(people.getByRole('row')).toHaveCount(2);
  await people.getByRole('link', { name: 'Siri Lund' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Siri Lund' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Roles and history' });
  await expect(history.getByRole('row')).toHaveCount(2);
  // The board changed on 15 June, so her last day as sponsor was the 14th.
  await expect(history.getByRole('columnheader')).toHaveText(['Role', 'Unit', 'From', 'Last day', 'Status']);
  await expect(history.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Sponsor', 'Møre og Romsdal (15)', '1 January 2024', '14 June 2025', 'Ended']);
  await expectAccessible(page, 'person view in English');
  await snap(page, 'person-history-en');

  // The new sponsor's term is current; the chapter's super-user was not part of the region's board.
  await page.getByRole('link', { name: 'Back to people' }).click();
  await page.getByRole('searchbox', { name: 'Search for a person' }).fill('example.no');
  await expect(people.getByRole('row')).toHaveCount(6);
  await people.getByRole('link', { name: 'Lena Berg' }).click();
  await expect(page.getByRole('table', { name: 'Roles and history' }).getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Super-user',
    'Herøy (1515)',
    '1 January 2024',
    '',
    'Current',
  ]);

  // Møre og Romsdal's two region roles and Herøy's super-user are owned: 83 − 3 gaps.
  await page.getByRole('link', { name: 'Ownership', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ownership' })).toBeVisible();
  const byRegion = page.getByRole('table', { name: 'Gaps by region' });
  await expect(byRegion.getByRole('row').filter({ hasText: 'Møre og Romsdal' }).getByRole('cell')).toHaveText(['Møre og Romsdal', '80', '0', '0', '80']);
  await expect(byRegion.getByRole('row').last().getByRole('cell')).toHaveText(['The whole organization', '1,102', '0', '0', '1,102']);
  await expect(page.getByRole('heading', { level: 2, name: 'Overloaded people' })).toBeVisible();
  await expect(page.getByText('Nobody holds too many roles.')).toBeVisible();
  await expectAccessible(page, 'gaps screen in English');
  await snap(page, 'gaps-en');
});

test('the gap list by region: counts, a national total, filters, a link to the unit and a CSV export', async ({ page, host }) => {
  await openDemo(page, host);
  const nordland = await unitIdByCode(page, host, '18');
  const sponsor = await roleIdByKey(page, host, 'sponsor');
  const superUser = await roleIdByKey(page, host, 'super_user');
  const today = todayInOslo();
  const soon = format(addDays(parseISO(today), 10), 'yyyy-MM-dd');
  // Stored ends are exclusive; what the screens and the export show is the last day held.
  const soonLastDay = format(addDays(parseISO(today), 9), 'yyyy-MM-dd');
  // Nordland's super-user leaves in ten days (expiring); its sponsor left on New Year's Day 2025 (vacant).
  const anne = await createPerson(page, host, { name: 'Anne Moe', email: 'anne.moe@example.no' });
  await callApi(page, host, 'assignments.create', { personId: anne, roleId: superUser, unitId: nordland, startDate: '2024-03-01', endDate: soon });
  await callApi(page, host, 'assignments.create', { personId: anne, roleId: sponsor, unitId: nordland, startDate: '2024-03-01', endDate: '2025-01-01' });

  await openApp(page, host, 'ownership');
  await expect(page.getByRole('heading', { level: 1, name: 'Eierskap' })).toBeFocused();
  await expect(page.getByText(`Per ${norwegianDate(today)}. «Utløper snart» betyr at en rolle slutter innen 30 dager.`)).toBeVisible();
  const byRegion = page.getByRole('table', { name: 'Hull per region' });
  await expect(byRegion.getByRole('columnheader')).toHaveText(['Region', 'Mangler', 'Utløper snart', 'Ledige', 'Totalt']);
  // The national level, the 15 regions by code, and the total.
  await expect(byRegion.getByRole('row')).toHaveCount(1 + 1 + 15 + 1);
  await expect(byRegion.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Nasjonalt nivå', '4', '0', '0', '4']);
  await expect(byRegion.getByRole('row').nth(2).getByRole('cell')).toHaveText(['Oslo', '5', '0', '0', '5']);
  await expect(regionRow(page, 'Nordland')).toHaveText(['Nordland', '123', '1', '1', '125']);
  await expect(byRegion.getByRole('row').last().getByRole('cell')).toHaveText(['Hele organisasjonen', '1\u00a0103', '1', '1', '1\u00a0105']);
  const listHeading = page.getByRole('heading', { level: 2, name: /^Hull-liste/ });
  await expect(listHeading).toHaveText('Hull-liste1\u00a0105 hull');
  const gapList = page.getByRole('table', { name: 'Hull-liste' });
  await expect(gapList.getByRole('columnheader')).toHaveText(['Enhet', 'Nivå', 'Region', 'Rolle', 'Status', 'Har rollen', 'Handlinger']);
  // A long list comes in pages.
  await expect(gapList.getByRole('row')).toHaveCount(1 + 100);
  const pager = page.getByRole('navigation', { name: 'Sider i hull-listen' });
  await expect(pager).toContainText('Viser 1–100 av 1\u00a0105');
  await expectAccessible(page, 'gaps screen');
  await snap(page, 'gaps');

  // The core sends one page at a time: the next is reached from the keyboard, past the last row's «Tildel».
  const firstRow = (await gapList.getByRole('row').nth(1).textContent()) ?? '';
  expect(firstRow).toContain('Tildel');
  await gapList.getByRole('row').last().getByRole('button', { name: /^Tildel / }).focus();
  await page.keyboard.press('Tab');
  const next = pager.getByRole('button', { name: 'Neste' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pager).toContainText('Viser 101–200 av 1\u00a0105');
  await expect(gapList.getByRole('row')).toHaveCount(1 + 100);
  await expect(gapList.getByRole('row').nth(1)).not.toHaveText(firstRow);
  // The counts and the heading are the whole list's, whatever the page.
  await expect(listHeading).toHaveText('Hull-liste1\u00a0105 hull');
  await expect(byRegion.getByRole('row').last().getByRole('cell')).toHaveText(['Hele organisasjonen', '1\u00a0103', '1', '1', '1\u00a0105']);
  await expectAccessible(page, 'gaps screen, second page');
  await page.keyboard.press('Shift+Tab');
  await expect(pager.getByRole('button', { name: 'Forrige' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pager).toContainText('Viser 1–100 av 1\u00a0105');
  await expect(gapList.getByRole('row').nth(1)).toHaveText(firstRow);
  await next.click();
  await expect(pager).toContainText('Viser 101–200 av 1\u00a0105');

  // One region: only its row, and the total says it is the selection's.
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Nordland' });
  await expect(byRegion.getByRole('row')).toHaveCount(3);
  await expect(byRegion.getByRole('row').last().getByRole('cell')).toHaveText(['Totalt for utvalget', '123', '1', '1', '125']);
  await expect(listHeading).toHaveText('Hull-liste125 hull');
  // A new filter starts on the first page.
  await expect(pager).toContainText('Viser 1–100 av 125');
  await expect(gapList.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Nordland 18', 'Fylkeslag', 'Nordland', 'Sponsor', 'Ledig siden 1. januar 2025', '0 av 1', 'Tildel']);
  await expect(gapList.getByRole('row').nth(2).getByRole('cell')).toHaveText([
    'Nordland 18',
    'Fylkeslag',
    'Nordland',
    'Superbruker',
    `Utløper, siste dag ${norwegianDate(soonLastDay)}`,
    '1 av 1',
    'Tildel',
  ]);

  // And one role in it: the region and its 41 chapters.
  await page.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Superbruker' });
  await expect(listHeading).toHaveText('Hull-liste42 hull');
  await expect(regionRow(page, 'Nordland')).toHaveText(['Nordland', '41', '1', '0', '42']);
  await expect(gapList.getByRole('row')).toHaveCount(1 + 42);
  await expect(gapList.getByRole('cell', { name: 'Lagleder' })).toHaveCount(0);
  // Only the chapters.
  await page.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'Lokallag' });
  await expect(listHeading).toHaveText('Hull-liste41 hull');
  await expect(gapList.getByRole('cell', { name: 'Fylkeslag', exact: true })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Nivå' }).selectOption({ label: 'Alle nivåer' });
  await expect(listHeading).toHaveText('Hull-liste42 hull');
  await expectAccessible(page, 'gaps screen filtered');
  await snap(page, 'gaps-filtered');

  // The export follows the filters: UTF-8 with a BOM, Norwegian headers, one line per gap.
  const csv = await downloadVia(page, page.getByRole('button', { name: 'Eksporter hull-listen (CSV)' }));
  expect(csv.download.suggestedFilename()).toMatch(/^hull-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status')).toHaveText(`Eksportert: ${csv.download.suggestedFilename()}`);
  const lines = csvLines(csv.bytes);
  expect(lines[0]).toBe('region;enhet;enhetsnavn;nivå;rolle;minimum;innehavere;status;ledig siden;siste dag med innehaver');
  expect(lines).toHaveLength(1 + 42);
  expect(lines).toContain(`Nordland;18;Nordland;Fylkeslag;Superbruker;1;1;utløper snart;;${soonLastDay}`);
  expect(lines).toContain('Nordland;1818;Herøy;Lokallag;Superbruker;1;0;mangler;;');
  expect(lines.filter((l) => l.includes(';Lagleder;'))).toEqual([]);

  const xlsx = await downloadVia(page, page.getByRole('button', { name: 'Eksporter hull-listen (Excel)' }));
  expect(xlsx.download.suggestedFilename()).toMatch(/^hull-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');

  // A unit in the list opens the organization screen with that unit selected.
  await gapList.getByRole('link', { name: 'Herøy 1818' }).click();
  await expect(page).toHaveURL(/#\/organization\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjon' })).toBeVisible();
  const panel = detailPanel(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Herøy' })).toBeVisible();
  await expect(factValue(panel, 'Kode')).toHaveText('1818');
  await expect(treeItem(page, 'Nordland', '18')).toHaveAttribute('aria-expanded', 'true');
  await expect(treeItem(page, 'Herøy', '1818')).toHaveAttribute('aria-selected', 'true');
  await expect(stateBadge(cardRole(cardLevel(ownershipCard(page), 'Lokallag: Herøy 1818'), 'Superbruker'))).toHaveText('Mangler');
  await expect(stateBadge(cardRole(cardLevel(ownershipCard(page), 'Fylkeslag: Nordland 18'), 'Superbruker'))).toHaveText(`Utløper, siste dag ${norwegianDate(soonLastDay)}`);
  await snap(page, 'gap-link-opens-unit');
});

test('an empty organization has nothing to check on Eierskap, which is not the same as no gaps', async ({ page, host }) => {
  await openApp(page, host, 'ownership');
  await expect(page.getByRole('heading', { level: 1, name: 'Eierskap' })).toBeVisible();
  await expect(page.getByText(/^Ingen roller å sjekke ennå: det finnes ingen enheter/)).toBeVisible();
  await expect(page.getByText('Ingen hull. Alle roller som kreves, har eier.')).toHaveCount(0);
  await expectAccessible(page, 'gaps screen of an empty organization');
});
