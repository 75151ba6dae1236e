// people.export, assignments.export and coverage.exportGaps: CSV that Excel in
// Norway opens as is, with formulas neutralized, and XLSX with typed cells.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lastDayHeld } from '../../../src/shared/dates';
import type { ExportedFile } from '../../../src/shared/types';
import type { TestCore } from '../../support/db';
import { openFixture, type Fixture } from './coverage-fixture';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function unitId(core: TestCore, code: string): Promise<number> {
  const rows: Array<{ id: number }> = await core.ds.query('SELECT id FROM unit WHERE code = ?', [code]);
  if (!rows[0]) throw new Error(`no unit ${code}`);
  return rows[0].id;
}

/** The demo with a few people: today is 2026-03-15 in Oslo. */
async function seeded(): Promise<Fixture & { ids: Record<string, number> }> {
  const f = await openFixture();
  await f.core.call('demo.load');
  const oslo = await unitId(f.core, '0301');
  const region = await unitId(f.core, '03');
  const kari = await f.person('Kari Nordmann', { email: 'kari@example.no', phone: '900 00 000' });
  await f.core.ds.query('UPDATE person SET home_unit_id = ? WHERE id = ?', [oslo, kari]);
  const evil = await f.person('=HYPERLINK("http://x.example","klikk")', { email: 'evil@example.no' });
  const gone = await f.person('Slettes Snart', { email: 'gone@example.no' });
  const away = await f.person('Åse Ødegård');
  await f.core.ds.query('UPDATE person SET active = FALSE WHERE id = ?', [away]);
  await f.assign(kari, 'chapter_leader', oslo, '2025-01-01');
  await f.assign(kari, 'super_user', region, '2025-01-01', '2026-04-01');
  await f.assign(evil, 'local_support', oslo, '2024-01-01', '2026-01-10');
  await f.assign(gone, 'sponsor', region, '2025-02-01');
  await f.core.call('people.erase', { id: gone });
  return Object.assign(f, { ids: { oslo, region, kari, evil, gone, away } });
}

function csvRows(file: ExportedFile, separator = ';'): string[][] {
  const bytes = Buffer.from(file.base64, 'base64');
  expect(bytes.subarray(0, 3)).toEqual(BOM);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(text.trimEnd(), { delimiter: separator }).data;
}

async function sheetOf(file: ExportedFile): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

/** Cell values row by row; empty cells as null. */
function valuesOf(sheet: ExcelJS.Worksheet, columns: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: columns }, (_, c) => {
      const v = row.getCell(c + 1).value;
      return v === '' || v === undefined ? null : v;
    }));
  }
  return rows;
}

/** A calendar date as exceljs reads a date cell back: midnight UTC of that day. */
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

function expectHeaderStyle(sheet: ExcelJS.Worksheet, lastColumn: string): void {
  expect(sheet.getRow(1).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  // exceljs reads the filter back as a range.
  expect(sheet.autoFilter).toBe(`A1:${lastColumn}1`);
}

describe('people.export', () => {
  it('writes everyone not erased as a semicolon CSV, with formulas neutralized', async () => {
    const { core } = await seeded();
    const file = await core.call('people.export', { format: 'csv', lang: 'nb', separator: ';' });
    expect(file).toMatchObject({ fileName: 'personer-2026-03-15.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(csvRows(file)).toEqual([
      ['navn', 'e-post', 'telefon', 'hjemmeenhet', 'hjemmeenhetens navn', 'aktiv', 'roller nå'],
      ["'=HYPERLINK(\"http://x.example\",\"klikk\")", 'evil@example.no', '', '', '', 'ja', '0'],
      ['Kari Nordmann', 'kari@example.no', '900 00 000', '0301', 'Oslo', 'ja', '2'],
      ['Åse Ødegård', '', '', '', '', 'nei', '0'],
    ]);
  });

  it('writes English headers with a comma, and an XLSX with a typed count', async () => {
    const { core } = await seeded();
    const csv = await core.call('people.export', { format: 'csv', lang: 'en', separator: ',' });
    expect(csv.fileName).toBe('people-2026-03-15.csv');
    expect(csvRows(csv, ',')[0]).toEqual(['name', 'email', 'phone', 'home unit', 'home unit name', 'active', 'current roles']);

    const xlsx = await core.call('people.export', { format: 'xlsx', lang: 'en' });
    expect(xlsx.fileName).toBe('people-2026-03-15.xlsx');
    const sheet = await sheetOf(xlsx);
    expectHeaderStyle(sheet, 'G');
    // XLSX: a string cell, no apostrophe; the cell type is what keeps it from running.
    expect(sheet.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://x.example","klikk")');
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    const kari = sheet.getRow(3);
    expect(kari.getCell(1).value).toBe('Kari Nordmann');
    expect(kari.getCell(4).value).toBe('0301');
    expect(kari.getCell(7).value).toBe(2);
    expect(kari.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.rowCount).toBe(4);
  });
});

describe('assignments.export', () => {
  it('writes the history with the role in the chosen language and real date cells in XLSX', async () => {
    const { core } = await seeded();
    const xlsx = await core.call('assignments.export', { format: 'xlsx', lang: 'nb' });
    expect(xlsx.fileName).toBe('tildelinger-2026-03-15.xlsx');
    const sheet = await sheetOf(xlsx);
    expectHeaderStyle(sheet, 'H');
    expect(valuesOf(sheet, 8)).toEqual([
      ['navn', 'e-post', 'rolle', 'enhet', 'enhetsnavn', 'fra', 'til og med', 'gjelder nå'],
      // By unit, then role in catalog order. An erased person stays in the history, without a name or
      // address; their role ended on the day of erasure, so their last day was the day before.
      // The end column is the last day held: one day before the stored (exclusive) end.
      ['slettet person', null, 'Sponsor', '03', 'Oslo', utc('2025-02-01'), utc('2026-03-14'), 'nei'],
      ['Kari Nordmann', 'kari@example.no', 'Superbruker', '03', 'Oslo', utc('2025-01-01'), utc('2026-03-31'), 'ja'],
      ['=HYPERLINK("http://x.example","klikk")', 'evil@example.no', 'Lokal supportkontakt', '0301', 'Oslo',
        utc('2024-01-01'), utc('2026-01-09'), 'nei'],
      ['Kari Nordmann', 'kari@example.no', 'Lagleder', '0301', 'Oslo', utc('2025-01-01'), null, 'ja'],
    ]);
    const start = sheet.getRow(3).getCell(6);
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect(start.numFmt).toBe('yyyy-mm-dd');
  });

  it('writes dates as ISO text in CSV, in English', async () => {
    const { core } = await seeded();
    const csv = await core.call('assignments.export', { format: 'csv', lang: 'en', separator: ';' });
    expect(csv.fileName).toBe('assignments-2026-03-15.csv');
    const rows = csvRows(csv);
    expect(rows[0]).toEqual(['name', 'email', 'role', 'unit', 'unit name', 'start', 'last day', 'current']);
    expect(rows[1]?.[0]).toBe('erased person');
    expect(rows[2]).toEqual(['Kari Nordmann', 'kari@example.no', 'Super-user', '03', 'Oslo', '2025-01-01', '2026-03-31', 'yes']);
    expect(rows[3]?.slice(2)).toEqual(['Local support contact', '0301', 'Oslo', '2024-01-01', '2026-01-09', 'no']);
  });
});

describe('coverage.exportGaps', () => {
  it('writes exactly the rows of coverage.gaps, states in the chosen language', async () => {
    const f = await seeded();
    const { core, ids } = f;
    for (const lang of ['nb', 'en'] as const) {
      const filters = { regionId: ids.region as number, levelRank: null, roleId: null };
      const report = await core.call('coverage.gaps', { ...filters, limit: 500 });
      expect(report.rows).toHaveLength(report.total);
      const csv = await core.call('coverage.exportGaps', { ...filters, format: 'csv', lang, separator: ';' });
      expect(csv.fileName).toBe(lang === 'nb' ? 'hull-2026-03-15.csv' : 'gaps-2026-03-15.csv');
      const [header, ...rows] = csvRows(csv);
      expect(header).toEqual(lang === 'nb'
        ? ['region', 'enhet', 'enhetsnavn', 'nivå', 'rolle', 'minimum', 'innehavere', 'status', 'ledig siden', 'siste dag med innehaver']
        : ['region', 'unit', 'unit name', 'level', 'role', 'minimum', 'holders', 'state', 'vacant since', 'last day held']);
      const states = lang === 'nb'
        ? { missing: 'mangler', expiring: 'utløper snart', vacant: 'ledig', filled: 'besatt' }
        : { missing: 'missing', expiring: 'expiring', vacant: 'vacant', filled: 'filled' };
      expect(rows).toEqual(report.rows.map((r) => [
        r.regionName ?? '', r.unitCode, r.unitName, r.levelName, lang === 'nb' ? r.roleNameNb : r.roleNameEn,
        String(r.minimum), String(r.holders), states[r.state], r.vacantSince ?? '', lastDayHeld(r.expiresOn) ?? '',
      ]));
      // The region's super-user, stored to end on 1 April, is written with the last day held.
      expect(rows.find((r) => r[1] === '03' && r[7] === states.expiring)?.[9]).toBe('2026-03-31');
    }
    // The seeded holders make each kind of gap: the region's super-user expires on 1 April,
    // its sponsor was erased today, Oslo's support contact left on 10 January, and its
    // chapter leader is in place.
    const report = await core.call('coverage.gaps', { regionId: ids.region as number, levelRank: null, roleId: null });
    const byRole = Object.fromEntries(report.rows.map((r) => [`${r.unitCode} ${r.roleNameEn}`, [r.state, r.vacantSince ?? r.expiresOn]]));
    expect(byRole).toEqual({
      '03 Sponsor': ['vacant', '2026-03-15'],
      '03 Super-user': ['expiring', '2026-04-01'],
      '0301 Super-user': ['missing', null],
      '0301 Local support contact': ['vacant', '2026-01-10'],
    });
  });

  it('writes XLSX with numbers and date cells, for the whole organization', async () => {
    const { core } = await seeded();
    const report = await core.call('coverage.gaps', { regionId: null, levelRank: null, roleId: null });
    const xlsx = await core.call('coverage.exportGaps', { regionId: null, levelRank: null, roleId: null, format: 'xlsx', lang: 'en' });
    expect(xlsx.fileName).toBe('gaps-2026-03-15.xlsx');
    const sheet = await sheetOf(xlsx);
    expectHeaderStyle(sheet, 'J');
    // Every gap, not the page coverage.gaps answers by default.
    expect(report.rows.length).toBeLessThan(report.total);
    expect(sheet.rowCount).toBe(report.total + 1);
    const vacantAt = report.rows.findIndex((r) => r.state === 'vacant' && r.unitCode === '0301');
    expect(vacantAt).toBeGreaterThanOrEqual(0);
    const vacant = sheet.getRow(vacantAt + 2);
    expect(vacant.getCell(2).value).toBe('0301');
    expect(vacant.getCell(6).type).toBe(ExcelJS.ValueType.Number);
    expect(vacant.getCell(8).value).toBe('vacant');
    expect(vacant.getCell(9).value).toEqual(utc('2026-01-10'));
  });

  it('refuses an unknown region', async () => {
    const { core } = await seeded();
    const env = await core.raw('coverage.exportGaps', { regionId: 999999, levelRank: null, roleId: null, format: 'csv' });
    expect(env.ok ? null : env.error.code).toBe('NOT_FOUND');
  });
});
