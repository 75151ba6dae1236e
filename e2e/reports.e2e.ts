// The Reports screen end to end: choose a report, export it, and read the file
// back with the tools a user has (pdftotext for PDF, exceljs for Excel).
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { expect, expectAccessible, snap, test } from './fixtures';
import { addRegionToWave, callApi, createWave, csvLines, downloadVia, mainNav, norwegianDate, openDemo, osloDaysFromToday, stageIdByKey, switchToEnglish, unitIdByCode } from './support';
import type { Page } from '@playwright/test';

/** Vestfold (the region and its 6 chapters) in a wave that started ten days ago, every unit anchored: figures that are not all zero. */
async function planVestfold(page: Page, host: Parameters<typeof callApi>[1]): Promise<void> {
  const wave = await createWave(page, host, 'Etappe 1', osloDaysFromToday(-10), osloDaysFromToday(20));
  await addRegionToWave(page, host, wave, '39');
  const anchored = await stageIdByKey(page, host, 'anchored');
  await callApi(page, host, 'rollout.bulk', { scope: 'region', scopeId: await unitIdByCode(page, host, '39'), stageId: anchored, action: 'done', doneDate: osloDaysFromToday(-3) });
}

/** The active units directly below a region, through the API. */
async function unitsBelow(page: Page, host: Parameters<typeof callApi>[1], regionCode: string): Promise<Array<{ code: string; name: string }>> {
  const units = (await callApi(page, host, 'units.tree', { includeArchived: false })) as Array<{ id: number; code: string; name: string; parentId: number | null }>;
  const region = units.find((u) => u.code === regionCode);
  expect(region, `region ${regionCode}`).toBeDefined();
  return units.filter((u) => u.parentId === region?.id);
}

/** A sheet's cell values row by row (row 1 is the header); an empty cell is null. */
function sheetRows(sheet: ExcelJS.Worksheet): Array<Array<ExcelJS.CellValue>> {
  const rows: Array<Array<ExcelJS.CellValue>> = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return rows;
}

async function openReports(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Rapporter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeFocused();
}

const exportButton = (page: Page) => page.getByRole('button', { name: 'Eksporter', exact: true });

test('exports a national PDF and a region Excel workbook', async ({ page, host }) => {
  await openDemo(page, host);
  await planVestfold(page, host);
  await openReports(page);
  // The defaults: national status, as PDF, in the UI's language; the CSV separator only shows for CSV.
  await expect(page.getByRole('radio', { name: 'Nasjonal status' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'PDF' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Norsk bokmål' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Skilletegn i CSV-filen' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'CSV' }).check();
  await expect(page.getByRole('group', { name: 'Skilletegn i CSV-filen' }).getByRole('radio', { name: 'Semikolon (;), for Excel på norsk' })).toBeChecked();
  await page.getByRole('radio', { name: 'PDF' }).check();
  await expect(page.getByText('La begge datoene stå tomme for å få de siste 30 dagene.')).toBeVisible();
  await expectAccessible(page, 'reports');
  await snap(page, 'reports');

  // National PDF.
  const pdf = await downloadVia(page, exportButton(page));
  const pdfName = pdf.download.suggestedFilename();
  expect(pdfName).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status')).toHaveText(`Rapporten er lagret: ${pdfName}`);
  const text = execFileSync('pdftotext', ['-layout', await pdf.download.path(), '-'], { encoding: 'utf8' });
  // The nb title and headings, the regions, and the nation as the totals row.
  for (const words of ['Nasjonal status', 'Fremdrift per region', 'Utrulling', 'Hull i eierskap', 'Opplæring', 'Brukerstøtte', 'Vestfold', 'Oslo', 'Finnmark', 'Hele landet', 'Side 1 av']) {
    expect(text, words).toContain(words);
  }
  // The rollout table, by what is done: Vestfold's 7 units are done through «Forankret» (none not planned or
  // not started), and of the 373 units of the whole country (its name may wrap in the cell) 366 are in no wave.
  expect(text).toMatch(/^\s*39\s+Vestfold\s+7\s+0\s+0\s+7\s/m);
  expect(text).toMatch(/–\s+Hele(?:\s+landet)?\s+373\s+366\s+0\s+7\s/);

  // Region status for Vestfold as Excel: a region is required first.
  await page.getByRole('radio', { name: 'Regionstatus' }).check();
  await page.getByRole('radio', { name: 'Excel (XLSX)' }).check();
  await exportButton(page).click();
  const region = page.getByRole('combobox', { name: 'Region' });
  await expect(region).toBeFocused();
  await expect(region).toHaveAccessibleDescription('Velg en region.');
  await region.selectOption({ label: 'Vestfold' });
  // The per-stage matrix is an appendix, left out unless asked for.
  const appendix = page.getByRole('checkbox', { name: 'Ta med vedlegg: status per steg for hver enhet' });
  await expect(appendix).not.toBeChecked();
  await appendix.check();
  await expectAccessible(page, 'reports region');
  const xlsx = await downloadVia(page, exportButton(page));
  expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  // exceljs types its Buffer against an older @types/node.
  await book.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
  // The summary first, one sheet per table in the report's order, the appendix, then the report's head.
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
    'Sammendrag', 'Enheter som trenger oppfølging', 'Enheter i regionen', 'Hull i eierskap', 'Opplæring', 'Brukerstøtte', 'Innspill', 'Vedlegg – Utrulling', 'Om rapporten',
  ]);
  const chapters = await unitsBelow(page, host, '39');
  expect(chapters).toHaveLength(6);
  // One row per unit with the stage it is on, the region first.
  const units = sheetRows(book.worksheets[2] as ExcelJS.Worksheet);
  expect(units[0]?.slice(0, 3)).toEqual(['Enhet', 'Kode', 'Fremdrift']);
  expect(units[1]?.[0]).toBe('Vestfold');
  expect(units.slice(2).map((row) => row[0]).sort()).toEqual(chapters.map((c) => c.name).sort());
  for (const sheet of book.worksheets.slice(3, -1)) {
    const rows = sheetRows(sheet);
    expect(rows[0]?.slice(0, 2), `${sheet.name} header`).toEqual(['Kode', 'Enhet']);
    // The region itself first, then each of its units, then the region's total.
    const names = rows.slice(1).map((row) => row[1]);
    expect(names[0], sheet.name).toBe('Vestfold');
    expect(names.slice(1, -1).sort(), sheet.name).toEqual(chapters.map((c) => c.name).sort());
    expect(names.at(-1), sheet.name).toBe('Vestfold i alt');
    // Figures are typed numbers, not text (an empty share is an empty cell).
    for (const row of rows.slice(1)) for (const value of row.slice(2)) if (value !== null) expect(typeof value, sheet.name).toBe('number');
  }
  // Every unit counted once, in its own row: the region and its 6 chapters.
  const rollout = sheetRows(book.getWorksheet('Vedlegg – Utrulling') as ExcelJS.Worksheet);
  const header = rollout[0] ?? [];
  const total = rollout.at(-1) ?? [];
  expect(total[header.indexOf('Enheter')]).toBe(7);
  expect(rollout.slice(1, -1).map((row) => row[header.indexOf('Enheter')])).toEqual(Array(7).fill(1));
  // The first of six stages done everywhere: a sixth of the stages, as a number Excel formats as a percentage.
  expect(total[header.indexOf('Andel steg fullført')]).toBeCloseTo(1 / 6, 6);
});

test('refuses bad filters, exports a chapter card, and cancels a running export', async ({ page, host }) => {
  await openDemo(page, host);
  await openReports(page);

  // The support period the wrong way round: the core refuses it, and the sentence is shown at the date.
  const from = osloDaysFromToday(-1);
  const to = osloDaysFromToday(-5);
  await page.getByLabel('Fra og med').fill(from);
  await page.getByLabel('Til og med').fill(to);
  await exportButton(page).click();
  const message = `Fra-datoen ${norwegianDate(from)} kommer etter til-datoen ${norwegianDate(to)}.`;
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByLabel('Til og med')).toBeFocused();
  await expect(page.getByLabel('Til og med')).toHaveAccessibleDescription(message);
  await expectAccessible(page, 'reports refused filter');
  await page.getByLabel('Fra og med').fill('');
  await page.getByLabel('Til og med').fill('');

  // The chapter card needs a unit, found with the unit search; then a CSV with commas.
  await page.getByRole('radio', { name: 'Lagskort' }).check();
  await exportButton(page).click();
  await expect(page.getByRole('alert')).toHaveText('Velg en enhet.');
  await page.getByRole('searchbox', { name: 'Søk etter enheten' }).fill('Horten');
  await page.getByRole('radio', { name: /^Horten 3901/ }).check();
  await expect(page.getByText('Valgt: Horten (3901)')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('radio', { name: 'CSV' }).check();
  await page.getByRole('radio', { name: 'Komma (,)' }).check();
  await expectAccessible(page, 'reports chapter');
  const csv = await downloadVia(page, exportButton(page));
  expect(csv.download.suggestedFilename()).toMatch(/^lagskort-3901-.*\.csv$/);
  const lines = csvLines(csv.bytes);
  expect(lines.slice(0, 2)).toEqual(['Rapport,Lagskort – Horten (3901)', 'Organisasjon,Landsforbundet']);
  await page.getByRole('radio', { name: 'Nasjonal status' }).check();
  await page.getByRole('radio', { name: 'PDF' }).check();

  // A PDF export shows its progress and can be cancelled; the cancel is announced.
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await exportButton(page).click();
  const progress = page.getByRole('progressbar', { name: 'Eksporterer rapporten' });
  await expect(progress).toBeVisible();
  await expect(exportButton(page)).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: 'Avbryt eksporten' }).click();
  await expect(page.getByRole('status')).toHaveText('Eksporten ble avbrutt.');
  await expect(progress).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
  await expect(exportButton(page)).toHaveAttribute('aria-disabled', 'false');
  expect(downloaded, 'no file after a cancel').toBe(false);

  // The report's language follows the UI language.
  await switchToEnglish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
});
