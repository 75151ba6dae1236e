import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/core/transfer/csv';
import { openTestCore, type TestCore } from '../support/db';

async function seed(core: TestCore) {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const top = await core.call('units.create', { code: 'NO', name: '=cmd()', levelId: national.id, parentId: null });
  const oslo = await core.call('units.create', { code: '03', name: 'Oslo', levelId: region.id, parentId: top.id });
  await core.call('units.create', {
    code: '0301', name: 'Oslo', levelId: chapter.id, parentId: oslo.id, members: 7177,
    contactNotes: '-Leder: Kari; tlf. 22 00 00 00\nNestleder: Ola',
  });
  const mr = await core.call('units.create', { code: '15', name: 'Møre og Romsdal', levelId: region.id, parentId: top.id });
  await core.call('units.create', { code: '1515', name: 'Herøy', levelId: chapter.id, parentId: mr.id, members: 0 });
  const closed = await core.call('units.create', { code: '99', name: '@Nedlagt', levelId: region.id, parentId: top.id });
  await core.call('units.archive', { id: closed.id });
}

function bytesOf(base64: string): Buffer {
  return Buffer.from(base64, 'base64');
}

/** Snapshot of the tree to compare across a round trip: ids differ, codes do not. */
async function shape(core: TestCore) {
  const rows = await core.call('units.tree', {});
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  const levelOf = new Map((await core.call('levels.list')).map((l) => [l.id, l.name]));
  return Promise.all(rows.map(async (r) => {
    const d = await core.call('units.get', { id: r.id });
    return [r.code, r.name, r.parentId === null ? null : codeOf.get(r.parentId), levelOf.get(r.levelId), r.members, d.contactNotes];
  }));
}

// 22:30 UTC on 31 March is 00:30 on 1 April in Oslo (summer time).
const LATE_EVENING_UTC = () => new Date('2025-03-31T22:30:00Z');

describe('writeCsv', () => {
  it('neutralizes text that a spreadsheet would run as a formula, but never numbers', () => {
    const csv = writeCsv([['=1+1', '+47', '-x', '@SUM', '\tt', '\rr', 'ok', -5, 0, null]], ';');
    const text = csv.subarray(3).toString('utf8');
    expect(Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data).toEqual([
      ["'=1+1", "'+47", "'-x", "'@SUM", "'\tt", "'\rr", 'ok', '-5', '0', ''],
    ]);
  });

  it('leaves a negative number written as text alone: "-1,5" is a number, not a formula', () => {
    const csv = writeCsv([['-1,5', '-1.5', '-12 %', '-12\u00a0%', '-1,5+cmd', '-1,5x']], ';');
    const text = csv.subarray(3).toString('utf8');
    expect(Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data).toEqual([
      ['-1,5', '-1.5', '-12 %', '-12\u00a0%', "'-1,5+cmd", "'-1,5x"],
    ]);
  });
});

describe('units.export', () => {
  it('writes CSV with BOM, semicolons, CRLF, Norwegian headers, tree order and neutralized formulas', async () => {
    const core = await openTestCore({ now: LATE_EVENING_UTC });
    await seed(core);
    const file = await core.call('units.export', { format: 'csv' });
    expect(file.fileName).toBe('enheter-2025-04-01.csv');
    expect(file.mimeType).toMatch(/^text\/csv/);
    const bytes = bytesOf(file.base64);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('kode;navn;overordnet;nivå;medlemmer;kontaktnotater;arkivert\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows.slice(1)).toEqual([
      ['NO', "'=cmd()", '', 'Landsforbund', '', '', 'nei'],
      ['03', 'Oslo', 'NO', 'Fylkeslag', '', '', 'nei'],
      ['0301', 'Oslo', '03', 'Lokallag', '7177', "'-Leder: Kari; tlf. 22 00 00 00\nNestleder: Ola", 'nei'],
      ['15', 'Møre og Romsdal', 'NO', 'Fylkeslag', '', '', 'nei'],
      ['1515', 'Herøy', '15', 'Lokallag', '0', '', 'nei'],
    ]);
  });

  it('writes CSV with commas and English headers, and includes archived units on request', async () => {
    const core = await openTestCore({ now: LATE_EVENING_UTC });
    await seed(core);
    const file = await core.call('units.export', { format: 'csv', separator: ',', lang: 'en', includeArchived: true });
    expect(file.fileName).toBe('units-2025-04-01.csv');
    const rows = Papa.parse<string[]>(bytesOf(file.base64).subarray(3).toString('utf8'), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['code', 'name', 'parent', 'level', 'members', 'contact notes', 'archived']);
    expect(rows.find((r) => r[0] === '99')).toEqual(['99', "'@Nedlagt", 'NO', 'Fylkeslag', '', '', 'yes']);
    expect(rows.find((r) => r[0] === '15')?.[6]).toBe('no');
  });

  it('writes XLSX with a bold, frozen, filtered header, text codes and numeric members', async () => {
    const core = await openTestCore({ now: LATE_EVENING_UTC });
    await seed(core);
    const file = await core.call('units.export', { format: 'xlsx' });
    expect(file.fileName).toBe('enheter-2025-04-01.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(file.base64) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, 'kode', 'navn', 'overordnet', 'nivå', 'medlemmer', 'kontaktnotater', 'arkivert']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const oslo = sheet.getRow(4);
    expect(oslo.getCell(1).value).toBe('0301');
    expect(oslo.getCell(5).value).toBe(7177);
    expect(oslo.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B2').value).toBe('=cmd()');
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual('Møre og Romsdal'.length);
  });

  it('round-trips: an exported CSV or XLSX imports into an empty database as the same tree', async () => {
    const source = await openTestCore();
    await seed(source);
    const expected = await shape(source);
    for (const format of ['csv', 'xlsx'] as const) {
      const exported = await source.call('units.export', { format });
      const target = await openTestCore();
      const preview = await target.call('units.importPreview', { fileName: `enheter.${format}`, base64: exported.base64 });
      expect(preview.rowCount).toBe(5);
      const result = await target.call('units.import', { fileName: `enheter.${format}`, base64: exported.base64, mapping: preview.mapping });
      expect(result).toEqual({ created: 5, updated: 0, levelsCreated: ['Landsforbund', 'Fylkeslag', 'Lokallag'] });
      expect(await shape(target)).toEqual(expected);
    }
  });

  it('round-trips into the same database as updates that change nothing', async () => {
    const core = await openTestCore();
    await seed(core);
    const before = await shape(core);
    const exported = await core.call('units.export', { format: 'csv', separator: ',', lang: 'en' });
    const preview = await core.call('units.importPreview', { fileName: 'units.csv', base64: exported.base64 });
    const result = await core.call('units.import', { fileName: 'units.csv', base64: exported.base64, mapping: preview.mapping });
    expect(result).toEqual({ created: 0, updated: 5, levelsCreated: [] });
    expect(await shape(core)).toEqual(before);
  });
});
