import { expect, expectAccessible, PEOPLE_BEFORE, snap, test } from './fixtures';
import {
  callApi,
  cardLevel,
  cardRole,
  createPerson,
  csvLines,
  downloadVia,
  factValue,
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
} from './support';

interface ExportedPerson {
  person: { id: number; name: string; email: string | null; phone: string | null; note: string };
  assignments: unknown[];
}

test('creates a person, finds them, exports their data, and erases them while the history stays', async ({ page, host }) => {
  await openDemo(page, host);
  await createPerson(page, host, { name: 'Ola Nordmann', email: 'ola@example.no' });
  const inactive = (await callApi(page, host, 'people.create', { name: 'Gunn Hvile', email: 'gunn@example.no', active: false })) as { id: number };
  expect(inactive.id).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Personer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeFocused();
  const people = page.getByRole('table', { name: 'Personer' });
  await expect(people.getByRole('columnheader')).toHaveText(['Navn', 'E-post', 'Telefon', 'Hjemmeenhet', 'Roller nå']);
  // Inactive people are hidden until asked for (the team server's administrator is a person too).
  await expect(people.getByRole('row')).toHaveCount(2 + PEOPLE_BEFORE);

  await page.getByRole('button', { name: 'Ny person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny person' });
  await expect(dialog.getByRole('textbox', { name: 'Navn' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Opprett person' }).click();
  await expect(dialog.getByText('Må fylles ut.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Navn' })).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('textbox', { name: 'Navn' }).fill('Åse Kråkenes');
  await dialog.getByRole('textbox', { name: 'E-post' }).fill('ase.kraakenes@example.no');
  await dialog.getByRole('textbox', { name: 'Telefon' }).fill('+47 900 11 222');
  await dialog.getByRole('textbox', { name: 'Notat' }).fill('Lagleder i Herøy');
  await dialog.getByRole('button', { name: 'Velg enhet' }).click();
  await dialog.getByRole('searchbox', { name: 'Søk etter hjemmeenhet' }).fill('1515');
  // Choosing a hit closes the picker, so this is a click rather than a check.
  await dialog.getByRole('radio', { name: /^Herøy 1515/ }).click();
  await expect(dialog.getByText('Herøy (1515)')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).toBeChecked();
  await expectAccessible(page, 'new person dialog');
  await snap(page, 'person-new');
  await dialog.getByRole('button', { name: 'Opprett person' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Åse Kråkenes' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Åse Kråkenes er opprettet.');
  const facts = page.getByRole('region', { name: 'Opplysninger' });
  await expect(factValue(facts, 'E-post')).toHaveText('ase.kraakenes@example.no');
  await expect(factValue(facts, 'Telefon')).toHaveText('+47 900 11 222');
  await expect(factValue(facts, 'Hjemmeenhet')).toHaveText('Herøy (1515)');
  await expect(factValue(facts, 'Status')).toHaveText('aktiv');
  await expect(factValue(facts, 'Notat')).toHaveText('Lagleder i Herøy');
  await expect(page.getByText('Personen har ikke hatt noen roller.')).toBeVisible();

  // Her roles: one ended, one current.
  const id = Number(/#\/people\/(\d+)$/.exec(page.url())?.[1]);
  const heroy = await unitIdByCode(page, host, '1515');
  await callApi(page, host, 'assignments.create', {
    personId: id, roleId: await roleIdByKey(page, host, 'super_user'), unitId: heroy, startDate: '2024-01-01', endDate: '2025-01-01',
  });
  await callApi(page, host, 'assignments.create', { personId: id, roleId: await roleIdByKey(page, host, 'chapter_leader'), unitId: heroy, startDate: '2025-01-01' });
  await page.reload();
  const history = page.getByRole('table', { name: 'Roller og historikk' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').filter({ hasText: 'Lagleder' }).getByRole('cell')).toHaveText(['Lagleder', 'Herøy (1515)', '1. januar 2025', '', 'Gjeldende']);
  await expect(history.getByRole('row').filter({ hasText: 'Superbruker' }).getByRole('cell')).toHaveText([
    'Superbruker',
    'Herøy (1515)',
    '1. januar 2024',
    // Stored to end 2025-01-01 (exclusive): the last day held was New Year's Eve.
    '31. desember 2024',
    'Avsluttet',
  ]);
  await expectAccessible(page, 'person view');
  await snap(page, 'person-view');

  // Search by name, by e-mail and by unit.
  await page.getByRole('link', { name: 'Tilbake til personer' }).click();
  const search = page.getByRole('searchbox', { name: 'Søk etter person' });
  await search.fill('kråk');
  await expect(people.getByRole('row')).toHaveCount(2);
  await expect(people.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Åse Kråkenes', 'ase.kraakenes@example.no', '+47 900 11 222', 'Herøy', '1']);
  await search.fill('ola@example');
  await expect(people.getByRole('link')).toHaveText(['Ola Nordmann', 'ola@example.no']);
  await search.fill('herøy');
  await expect(people.getByRole('row')).toHaveCount(2);
  await expect(people.getByRole('row').nth(1)).toContainText('Åse Kråkenes');
  await search.fill('gunn');
  await expect(page.getByText('Ingen personer passer søket.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Vis også inaktive' }).check();
  await expect(people.getByRole('row')).toHaveCount(2);
  await expect(people.getByRole('row').nth(1).getByRole('cell').first()).toContainText('Gunn Hvile');
  await expect(people.getByRole('row').nth(1).getByRole('cell').first().getByText('inaktiv', { exact: true })).toBeVisible();
  await expectAccessible(page, 'people list');
  await snap(page, 'people-list');

  // The register as a spreadsheet: UTF-8 with a BOM and Norwegian headers.
  await search.fill('');
  const csv = await downloadVia(page, page.getByRole('button', { name: 'Eksporter personer (CSV)' }));
  expect(csv.download.suggestedFilename()).toMatch(/^personer-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csvLines(csv.bytes);
  expect(lines[0]).toBe('navn;e-post;telefon;hjemmeenhet;hjemmeenhetens navn;aktiv;roller nå');
  // A leading + could start a formula in Excel, so the number is written behind an apostrophe (the import removes it).
  expect(lines).toContain("Åse Kråkenes;ase.kraakenes@example.no;'+47 900 11 222;1515;Herøy;ja;1");

  // A data-protection access request: everything about her, as JSON.
  await search.fill('kråk');
  await people.getByRole('link', { name: 'Åse Kråkenes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Åse Kråkenes' })).toBeVisible();
  const json = await downloadVia(page, page.getByRole('button', { name: 'Eksporter data (JSON)' }));
  expect(json.download.suggestedFilename()).toMatch(new RegExp(`^person-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const exported = JSON.parse(json.bytes.toString('utf8')) as ExportedPerson;
  expect(exported.person).toMatchObject({ id, name: 'Åse Kråkenes', email: 'ase.kraakenes@example.no', phone: '+47 900 11 222', note: 'Lagleder i Herøy' });
  expect(exported.assignments).toHaveLength(2);
  await expect(page.getByRole('status')).toHaveText(`Eksportert: ${json.download.suggestedFilename()}`);

  // Erasure: the name and contact details go; her roles end today and stay in the history as "erased person".
  await page.getByRole('button', { name: 'Slett personopplysninger' }).click();
  const confirm = page.getByRole('dialog', { name: 'Slette personopplysningene til Åse Kråkenes?' });
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectAccessible(page, 'erase confirmation');
  await confirm.getByRole('button', { name: 'Slett personopplysninger' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Personopplysningene er slettet.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('slettet personslettet');
  await expect(page.getByText('Personopplysningene er slettet. Rollene personen hadde, ble avsluttet i dag og står i historikken som «slettet person».')).toBeVisible();
  await expect(factValue(facts, 'E-post')).toHaveText('Ikke oppgitt');
  await expect(factValue(facts, 'Telefon')).toHaveText('Ikke oppgitt');
  await expect(factValue(facts, 'Status')).toHaveText('slettet');
  await expect(page.getByText('Lagleder i Herøy')).toHaveCount(0);
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Rediger' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Slett personopplysninger' })).toHaveCount(0);
  await expectAccessible(page, 'erased person');
  await snap(page, 'person-erased');

  // The chapter's card shows the gap she leaves: nobody can reach an erased person.
  await history.getByRole('link', { name: 'Herøy (1515)' }).first().click();
  const leader = cardRole(cardLevel(ownershipCard(page), 'Lokallag: Herøy 1515'), 'Lagleder');
  await expect(stateBadge(leader)).toHaveText(`Ledig siden ${norwegianDate(todayInOslo())}`);
  await expect(leader).not.toContainText('Åse');

  // Nobody finds her by name any more.
  await page.getByRole('link', { name: 'Personer', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Søk etter person' }).fill('kråk');
  await expect(page.getByText('Ingen personer passer søket.')).toBeVisible();
});

test("keeps a person's language for messages, chosen in the form, in Norwegian and in English", async ({ page, host }) => {
  await openDemo(page, host);
  // With a home unit, so a signed-in user of the team server may read her.
  const homeUnitId = await unitIdByCode(page, host, '1515');
  const { id } = (await callApi(page, host, 'people.create', { name: 'Kari Språk', email: 'kari.sprak@example.no', homeUnitId })) as { id: number };
  await openApp(page, host, `people/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kari Språk' })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Opplysninger' });
  // Not known: messages go out in the organization's language, and the page says which that is.
  await expect(factValue(facts, 'Språk for meldinger')).toHaveText('Organisasjonens språk (norsk bokmål)');

  await page.getByRole('button', { name: 'Rediger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rediger Kari Språk' });
  const language = dialog.getByRole('combobox', { name: 'Språk for meldinger' });
  await expect(language.getByRole('option')).toHaveText(['Organisasjonens språk (norsk bokmål)', 'Norsk bokmål', 'English']);
  await expect(language.locator('option:checked')).toHaveText('Organisasjonens språk (norsk bokmål)');
  await expect(language).toHaveAccessibleDescription('Meldinger om innføringen sendes på dette språket.');
  // From the keyboard: Tab reaches the select after the note.
  await dialog.getByRole('textbox', { name: 'Notat' }).focus();
  await page.keyboard.press('Tab');
  await expect(language).toBeFocused();
  await language.selectOption({ label: 'English' });
  await expectAccessible(page, 'person form with the language for messages');
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Endringene for Kari Språk er lagret.');
  await expect(factValue(facts, 'Språk for meldinger')).toHaveText('English');
  expect(await callApi(page, host, 'people.get', { id })).toMatchObject({ language: 'en' });

  // Kept after reopening the page and the form.
  await page.reload();
  await expect(factValue(facts, 'Språk for meldinger')).toHaveText('English');
  await page.getByRole('button', { name: 'Rediger' }).click();
  await expect(language.locator('option:checked')).toHaveText('English');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();

  // In English. On the desktop the app's language is the organization's, so it is English now;
  // on the team server the switch is this browser's alone and the organization stays on bokmål.
  await switchToEnglish(page);
  const orgLanguage = process.env.FORANKRING_E2E_PG_URL
    ? 'The organization’s language (Norwegian Bokmål)'
    : 'The organization’s language (English)';
  const details = page.getByRole('region', { name: 'Details' });
  await expect(factValue(details, 'Language for messages')).toHaveText('English');
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Kari Språk' });
  const inEnglish = edit.getByRole('combobox', { name: 'Language for messages' });
  await expect(inEnglish.getByRole('option')).toHaveText([orgLanguage, 'Norsk bokmål', 'English']);
  await expect(inEnglish.locator('option:checked')).toHaveText('English');
  await inEnglish.selectOption({ label: 'Norsk bokmål' });
  await expectAccessible(page, 'person form with the language for messages, in English');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(factValue(details, 'Language for messages')).toHaveText('Norsk bokmål');
  expect(await callApi(page, host, 'people.get', { id })).toMatchObject({ language: 'nb' });

  // Back to the organization's language: unknown again.
  await page.getByRole('button', { name: 'Edit' }).click();
  await edit.getByRole('combobox', { name: 'Language for messages' }).selectOption({ label: orgLanguage });
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(factValue(details, 'Language for messages')).toHaveText(orgLanguage);
  expect(await callApi(page, host, 'people.get', { id })).toMatchObject({ language: null });
  await page.reload();
  await expect(factValue(details, 'Language for messages')).toHaveText(orgLanguage);
  await expectAccessible(page, 'person view with the language for messages, in English');
});

/** A file as older Excel saves it in Norway: Windows-1252 (Latin-1 has the same bytes for æøå), semicolons, CRLF. */
function windows1252Csv(lines: readonly string[]): Buffer {
  return Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'latin1');
}

const HEADER = 'navn;e-post;telefon;hjemmeenhet;rolle;enhet;fra;til';

test('imports people with their roles: a bad file names every line and saves nothing, a good one fills the card', async ({ page, host }) => {
  await openDemo(page, host);
  await page.getByRole('link', { name: 'Personer', exact: true }).click();
  await page.getByRole('link', { name: 'Importer personer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer personer' })).toBeFocused();
  await expectAccessible(page, 'people import, no file yet');

  const bad = windows1252Csv([
    HEADER,
    'Åse Ødegård;ase.odegard@example.no;913 00 000;1818;Superbruker;1818;01.01.2025;',
    'Bjørn Æsir;bjorn.aesir@example;;;;;;',
    'Per Ukjent;per.ukjent@example.no;;;Kaptein;1818;;',
    'Lise Lag;lise.lag@example.no;;;Sponsor;1818;;',
  ]);
  expect(bad.includes(Buffer.from('ø', 'utf8'))).toBe(false);
  const file = page.getByLabel('Fil (CSV eller Excel)');
  await file.setInputFiles({ name: 'personer-feil.csv', mimeType: 'text/csv', buffer: bad });
  await expect(page.getByRole('status')).toHaveText('Filen er lest: 4 rader.');
  const preview = page.getByRole('region', { name: '2. Innholdet i filen' });
  await expect(factValue(preview, 'Tegnkoding')).toHaveText('Windows-1252 (eldre Excel)');
  await expect(factValue(preview, 'Skilletegn')).toHaveText('Semikolon (;)');
  // The columns are recognized from their Norwegian headers.
  await expect(page.getByLabel('E-post', { exact: true }).locator('option:checked')).toHaveText('e-post');
  await expect(page.getByLabel('Enhet for rollen (kode)').locator('option:checked')).toHaveText('enhet');
  await expect(page.getByLabel('Startdato', { exact: true }).locator('option:checked')).toHaveText('fra');
  await expect(page.getByLabel('Siste dag i rollen', { exact: true }).locator('option:checked')).toHaveText('til');
  // A file without a language column: offered, and left out.
  await expect(page.getByLabel('Språk for meldinger', { exact: true }).locator('option:checked')).toHaveText('— ikke i filen —');
  await expectAccessible(page, 'people import preview');
  await snap(page, 'people-import-preview');

  await page.getByRole('button', { name: 'Importer 4 rader' }).click();
  await expect(page.getByRole('alert')).toHaveText('Filen har feil. Ingenting ble lagret.');
  await expect(page.getByText('Det ble funnet 3 feil. Rett filen og prøv igjen.')).toBeVisible();
  const issues = page.getByRole('table', { name: 'Feil i filen' });
  await expect(issues.getByRole('row')).toHaveCount(1 + 3);
  await expect(issues.getByRole('row').nth(1).getByRole('cell')).toHaveText(['3', 'E-post', '«bjorn.aesir@example» er ikke en gyldig e-postadresse.']);
  await expect(issues.getByRole('row').nth(2).getByRole('cell')).toHaveText(['4', 'Rolle', 'Fant ingen rolle som heter «Kaptein».']);
  await expect(issues.getByRole('row').nth(3).getByRole('cell')).toHaveText([
    '5',
    'Rolle',
    'Rollen «Sponsor» kan ikke gis på nivået «Lokallag» etter rollekatalogen.',
  ]);
  await expectAccessible(page, 'people import with errors');
  await snap(page, 'people-import-errors');

  // All or nothing: not even the good first row is saved.
  await page.getByRole('link', { name: 'Tilbake til personer' }).click();
  if (PEOPLE_BEFORE === 0) await expect(page.getByText('Ingen personer ennå. Opprett den første med «Ny person», eller importer en fil.')).toBeVisible();
  else await expect(page.getByRole('table', { name: 'Personer' }).getByRole('row')).toHaveCount(1 + PEOPLE_BEFORE);

  // The corrected file: the same person twice (one person by e-mail) with two roles, and a second person,
  // whose end column is the last day he holds the role, typed the Norwegian way.
  await page.getByRole('link', { name: 'Importer personer' }).click();
  const lastDay = osloDaysFromToday(100);
  const good = windows1252Csv([
    HEADER,
    'Åse Ødegård;ase.odegard@example.no;913 00 000;1818;Superbruker;1818;01.01.2025;',
    'Åse Ødegård;ASE.ODEGARD@example.no;;;Lagleder;1818;01.01.2025;',
    `Bjørn Æsir;bjorn.aesir@example.no;;1818;Lokal supportkontakt;1818;;${lastDay.split('-').reverse().join('.')}`,
  ]);
  await page.getByLabel('Fil (CSV eller Excel)').setInputFiles({ name: 'personer.csv', mimeType: 'text/csv', buffer: good });
  await expect(page.getByRole('status')).toHaveText('Filen er lest: 3 rader.');
  await page.getByRole('button', { name: 'Importer 3 rader' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Importen er fullført: 2 nye og 0 oppdaterte personer, 3 nye tildelinger.');
  const people = page.getByRole('table', { name: 'Personer' });
  await expect(people.getByRole('row')).toHaveCount(3 + PEOPLE_BEFORE);
  await expect(people.getByRole('row').filter({ hasText: 'Åse Ødegård' }).getByRole('cell')).toHaveText(['Åse Ødegård', 'ase.odegard@example.no', '913 00 000', 'Herøy', '2']);

  // Herøy in Nordland now has all three chapter roles.
  await openApp(page, host, `organization/${await unitIdByCode(page, host, '1818')}`);
  const chapter = cardLevel(ownershipCard(page), 'Lokallag: Herøy 1818');
  for (const role of ['Superbruker', 'Lokal supportkontakt', 'Lagleder']) await expect(stateBadge(cardRole(chapter, role))).toHaveText('Besatt');
  await expect(cardRole(chapter, 'Superbruker')).toContainText('Åse Ødegård');
  await expect(cardRole(chapter, 'Superbruker')).toContainText('Fra 1. januar 2025');
  await expect(cardRole(chapter, 'Lagleder')).toContainText('Åse Ødegård');
  await expect(cardRole(chapter, 'Lokal supportkontakt')).toContainText('Bjørn Æsir');
  // The card shows the same last day as the file, not the stored day after.
  await expect(cardRole(chapter, 'Lokal supportkontakt')).toContainText(`Fra ${norwegianDate(todayInOslo())}, siste dag ${norwegianDate(lastDay)}`);
  await snap(page, 'people-imported-card');
});
