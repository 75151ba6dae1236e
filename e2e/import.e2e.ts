import JSZip from 'jszip';
import { expect, expectAccessible, snap, test } from './fixtures';
import { detailPanel, factValue, openDemo } from './support';
import type { Page } from '@playwright/test';

/**
 * A file as older Excel saves it in Norway: Windows-1252, semicolons, CRLF.
 * Latin-1 gives æ ø å Æ Ø Å the same single bytes as Windows-1252.
 */
function windows1252Csv(lines: readonly string[]): Buffer {
  return Buffer.from(lines.map((l) => `${l}\r\n`).join(''), 'latin1');
}

const HEADER = 'kode;navn;overordnet;nivå;medlemmer';

async function openImport(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer enheter' })).toBeFocused();
}

async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Fil (CSV eller Excel)').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** A term's value in the preview summary. */
function summary(page: Page, term: string) {
  const preview = page.getByRole('region', { name: '2. Innholdet i filen' });
  return factValue(preview, term);
}

test('imports a Windows-1252 file with semicolons and keeps æ ø å', async ({ page, host }) => {
  await openDemo(page, host);
  await openImport(page);
  await expectAccessible(page, 'import, no file yet');
  await snap(page, 'import-empty');

  const file = windows1252Csv([
    HEADER,
    '9001;Ærøy og Åsen lag;15;Lokallag;120',
    '9002;Bjørkåsen;18;Lokallag;',
    '9003;Sjøbu og Væråsen;9001;Grendelag;7',
  ]);
  // Only meaningful if the letters really are single bytes (0xE6 æ, 0xF8 ø, 0xE5 å), which UTF-8 never produces alone.
  expect([...file].filter((b) => b >= 0x80)).toEqual(expect.arrayContaining([0xe6, 0xf8, 0xe5]));
  expect(file.includes(Buffer.from('æ', 'utf8'))).toBe(false);
  expect(file.includes(Buffer.from('\r\n'))).toBe(true);
  await pickFile(page, 'lag-fra-excel.csv', file);

  await expect(page.getByRole('status')).toHaveText('Filen er lest: 3 rader.');
  await expect(summary(page, 'Fil')).toHaveText('lag-fra-excel.csv');
  await expect(summary(page, 'Tegnkoding')).toHaveText('Windows-1252 (eldre Excel)');
  await expect(summary(page, 'Skilletegn')).toHaveText('Semikolon (;)');
  await expect(summary(page, 'Rader')).toHaveText('3');
  const sample = page.getByRole('table', { name: 'De første 3 radene i filen' });
  await expect(sample.getByRole('columnheader')).toHaveText(['kode', 'navn', 'overordnet', 'nivå', 'medlemmer']);
  await expect(sample.getByRole('row').nth(1).getByRole('cell')).toHaveText(['9001', 'Ærøy og Åsen lag', '15', 'Lokallag', '120']);
  await expect(sample.getByRole('row').nth(3).getByRole('cell').nth(1)).toHaveText('Sjøbu og Væråsen');

  // The columns are recognized from their headers, and the file's levels are matched to ours.
  await expect(page.getByLabel('Navn', { exact: true }).locator('option:checked')).toHaveText('navn');
  await expect(page.getByLabel('Overordnet (kode)').locator('option:checked')).toHaveText('overordnet');
  await expect(page.getByLabel('«Lokallag» (2 rader)').locator('option:checked')).toHaveText('Bruk eksisterende nivå «Lokallag»');
  await expect(page.getByLabel('«Grendelag» (1 rad)').locator('option:checked')).toHaveText('Opprett nytt nivå «Grendelag»');
  await expectAccessible(page, 'import preview');
  await snap(page, 'import-preview');

  await page.getByRole('button', { name: 'Importer 3 rader' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjon' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Importen er fullført: 3 nye og 0 oppdaterte enheter.');
  await expect(page.getByRole('list', { name: 'Antall enheter per nivå' }).getByRole('listitem')).toHaveText([
    'Landsforbund 1',
    'Fylkeslag 15',
    'Lokallag 359',
    'Grendelag 1',
  ]);

  const search = page.getByRole('searchbox', { name: 'Søk etter enhet' });
  await search.fill('væråsen');
  const hit = page.getByRole('list', { name: 'Søkeresultater' }).getByRole('button');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Sjøbu og Væråsen');
  await expect(hit).toContainText('Landsforbundet › Møre og Romsdal › Ærøy og Åsen lag');
  await hit.click();

  const panel = detailPanel(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Sjøbu og Væråsen' })).toBeVisible();
  await expect(factValue(panel, 'Kode')).toHaveText('9003');
  await expect(factValue(panel, 'Nivå')).toHaveText('Grendelag');
  await expect(factValue(panel, 'Egne medlemmer')).toHaveText('7');
  await expect(panel.getByRole('navigation', { name: 'Plassering i organisasjonen' }).getByRole('button')).toHaveText([
    'Landsforbundet',
    'Møre og Romsdal',
    'Ærøy og Åsen lag',
  ]);
  await snap(page, 'imported-unit');
});

test('a file with errors lists every issue by line and imports nothing', async ({ page, host }) => {
  await openDemo(page, host);
  await openImport(page);

  const file = windows1252Csv([
    HEADER,
    '9101;Godt lag på Ørland;50;Lokallag;10',
    '9102;;15;Lokallag;5',
    '9103;Foreldreløs;7777;Lokallag;3',
    '9104;Også godt;9101;Lokallag;',
  ]);
  await pickFile(page, 'feil.csv', file);
  await expect(summary(page, 'Rader')).toHaveText('4');

  await page.getByRole('button', { name: 'Importer 4 rader' }).click();

  await expect(page.getByRole('alert')).toHaveText('Filen har feil. Ingenting ble lagret.');
  await expect(page.getByText('Det ble funnet 3 feil. Rett filen og prøv igjen.')).toBeVisible();
  const issues = page.getByRole('table', { name: 'Feil i filen' });
  const rows = issues.getByRole('row');
  await expect(rows).toHaveCount(4);
  // A chapter under a chapter: a unit's level must sit below its parent's.
  await expect(rows.nth(3).getByRole('cell')).toHaveText([
    '5',
    'Nivå',
    'Enheten 9104 har nivået «Lokallag», men den overordnede 9101 har nivået «Lokallag». En enhet må ligge på et nivå under den overordnede.',
  ]);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['3', 'Navn', 'Navnet mangler.']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText([
    '4',
    'Overordnet (kode)',
    'Fant ingen overordnet enhet med koden «7777», verken i filen eller i databasen.',
  ]);
  await expectAccessible(page, 'import with errors');
  await snap(page, 'import-errors');

  // All or nothing: not even the good rows are there.
  await page.getByRole('link', { name: 'Tilbake til organisasjonen' }).click();
  await expect(page.getByRole('list', { name: 'Antall enheter per nivå' }).getByRole('listitem')).toHaveText([
    'Landsforbund 1',
    'Fylkeslag 15',
    'Lokallag 357',
  ]);
  await expect(page.getByRole('heading', { level: 2, name: /Organisasjonskart/ })).toContainText('373 enheter');
  await page.getByRole('searchbox', { name: 'Søk etter enhet' }).fill('godt');
  await expect(page.getByText('Ingen treff.')).toBeVisible();
});

test('reads Excel\'s UTF-16 "Unicode text" and refuses a row bomb by its limit', async ({ page, host }) => {
  await openDemo(page, host);
  await openImport(page);

  // Excel's "Unicode-tekst (*.txt)": UTF-16 little-endian with a byte order mark, tab-separated.
  const text = `${['kode\tnavn\toverordnet\tnivå', '9201\tØvre Årdal lag\t46\tLokallag'].join('\r\n')}\r\n`;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await pickFile(page, 'unicode-tekst.txt', utf16);
  await expect(page.getByRole('status')).toHaveText('Filen er lest: 1 rad.');
  await expect(summary(page, 'Tegnkoding')).toHaveText('UTF-16 (Unicode-tekst fra Excel)');
  await expect(summary(page, 'Skilletegn')).toHaveText('Tabulator');
  const sample = page.getByRole('table', { name: 'Første rad i filen' });
  await expect(sample.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('Øvre Årdal lag');
  await expectAccessible(page, 'import preview of a UTF-16 file');

  // 60,000 empty rows pack into a few kilobytes; the sheet is counted before it is parsed.
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook/>');
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet><sheetData>${'<row/>'.repeat(60_000)}</sheetData></worksheet>`);
  const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await page.getByLabel('Fil (CSV eller Excel)').setInputFiles({
    name: 'bombe.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bomb,
  });
  await expect(page.getByRole('alert')).toHaveText('Filen har mer enn 50 000 rader (50 001 så langt) og leses ikke. Del den opp i flere filer.');
  await expectAccessible(page, 'import refused over the row limit');
});
