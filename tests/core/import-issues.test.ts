import { describe, expect, it } from 'vitest';
import type { ImportField } from '../../src/shared/types';
import { openTestCore, type TestCore } from '../support/db';
import { ALL_COLUMNS, issuesOf, NB_HEADER, snapshot, utf8Csv } from '../fixtures/transfer';

/** A small stored tree: NO > 15 > 1515 Herøy, NO > 18 > 1818 Herøy, and an archived region 99. */
async function seed(core: TestCore) {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  const top = await core.call('units.create', { code: 'NO', name: 'Landsforbundet', levelId: national.id, parentId: null });
  const mr = await core.call('units.create', { code: '15', name: 'Møre og Romsdal', levelId: region.id, parentId: top.id });
  const nl = await core.call('units.create', { code: '18', name: 'Nordland', levelId: region.id, parentId: top.id });
  await core.call('units.create', { code: '1515', name: 'Herøy', levelId: chapter.id, parentId: mr.id, members: 90 });
  await core.call('units.create', { code: '1818', name: 'Herøy', levelId: chapter.id, parentId: nl.id, members: 18 });
  const closed = await core.call('units.create', { code: '99', name: 'Nedlagt fylkeslag', levelId: region.id, parentId: top.id });
  await core.call('units.archive', { id: closed.id });
}

/** Imports the CSV lines (under the standard header) and returns the issues, checking that nothing was written. */
async function refused(lines: string[], mapping: Record<ImportField, number | null> = ALL_COLUMNS) {
  const core = await openTestCore();
  await seed(core);
  const before = await snapshot(core);
  const file = utf8Csv([NB_HEADER, ...lines].join('\r\n') + '\r\n');
  const issues = issuesOf(await core.raw('units.import', { ...file, mapping }));
  expect(await snapshot(core)).toEqual(before);
  return issues;
}

describe('units.import refuses a bad file, names line and field, and writes nothing', () => {
  it('unknown parent code (neither in the file nor in the database)', async () => {
    const issues = await refused(['1516;Ulstein;15;Lokallag;10;', '1517;Hareid;77;Lokallag;10;']);
    expect(issues).toEqual([{ line: 3, field: 'parent', code: 'UNKNOWN_PARENT', value: '77' }]);
  });

  it('duplicate code within the file, pointing at the first line', async () => {
    const issues = await refused(['2001;Ny A;NO;Fylkeslag;;', '2002;Ny B;NO;Fylkeslag;;', '2001;Ny C;NO;Fylkeslag;;']);
    expect(issues).toEqual([{ line: 4, field: 'code', code: 'DUPLICATE_CODE', value: '2001', params: { firstLine: 2 } }]);
  });

  it('empty name and empty code', async () => {
    const issues = await refused(['2001;;NO;Fylkeslag;;', ';Uten kode;NO;Fylkeslag;;']);
    expect(issues).toEqual([
      { line: 2, field: 'name', code: 'EMPTY_NAME' },
      { line: 3, field: 'code', code: 'EMPTY_CODE' },
    ]);
  });

  it('bad member counts: words, negatives, decimals, and a misplaced thousands space', async () => {
    const issues = await refused([
      '2001;A;NO;Fylkeslag;mange;', '2002;B;NO;Fylkeslag;-5;', '2003;C;NO;Fylkeslag;12,5;', '2004;D;NO;Fylkeslag;12 34;',
    ]);
    expect(issues).toEqual([
      { line: 2, field: 'members', code: 'BAD_NUMBER', value: 'mange' },
      { line: 3, field: 'members', code: 'BAD_NUMBER', value: '-5' },
      { line: 4, field: 'members', code: 'BAD_NUMBER', value: '12,5' },
      { line: 5, field: 'members', code: 'BAD_NUMBER', value: '12 34' },
    ]);
  });

  it('a cycle within the file', async () => {
    const issues = await refused(['A;Alfa;B;Fylkeslag;;', 'B;Beta;A;Fylkeslag;;', 'C;Gamma;NO;Fylkeslag;;']);
    expect(issues).toEqual([
      { line: 2, field: 'parent', code: 'CYCLE', value: 'B' },
      { line: 3, field: 'parent', code: 'CYCLE', value: 'A' },
    ]);
  });

  it('a unit under itself', async () => {
    const issues = await refused(['A;Alfa;A;Fylkeslag;;']);
    expect(issues).toEqual([{ line: 2, field: 'parent', code: 'CYCLE', value: 'A' }]);
  });

  it('a cycle through the database: the top moved below one of its own chapters', async () => {
    const issues = await refused(['NO;Landsforbundet;1818;Landsforbund;;']);
    expect(issues).toEqual([{ line: 2, field: 'parent', code: 'CYCLE', value: '1818' }]);
  });

  it('values that are too long', async () => {
    const issues = await refused([`${'K'.repeat(33)};Lang kode;NO;Fylkeslag;;`, `2001;${'n'.repeat(201)};NO;Fylkeslag;;`]);
    expect(issues).toMatchObject([
      { line: 2, field: 'code', code: 'TOO_LONG', params: { max: 32 } },
      { line: 3, field: 'name', code: 'TOO_LONG', params: { max: 200 } },
    ]);
  });

  it('a code with whitespace inside', async () => {
    const issues = await refused(['20 01;Mellomrom;NO;Fylkeslag;;']);
    expect(issues).toEqual([{ line: 2, field: 'code', code: 'BAD_CODE', value: '20 01' }]);
  });

  it('an archived parent', async () => {
    const issues = await refused(['9901;Under nedlagt;99;Lokallag;5;']);
    expect(issues).toEqual([{ line: 2, field: 'parent', code: 'PARENT_ARCHIVED', value: '99' }]);
  });

  it('a missing required column is reported on line 1', async () => {
    const issues = await refused(['2001;Ny;NO;Fylkeslag;;'], { ...ALL_COLUMNS, code: null, name: null });
    expect(issues).toEqual([
      { line: 1, field: 'code', code: 'MISSING_COLUMN' },
      { line: 1, field: 'name', code: 'MISSING_COLUMN' },
    ]);
  });

  it('a mapping past the last column counts as missing', async () => {
    const issues = await refused(['2001;Ny;NO;Fylkeslag;;'], { ...ALL_COLUMNS, name: 17 });
    expect(issues).toEqual([{ line: 1, field: 'name', code: 'MISSING_COLUMN' }]);
  });

  it('no level column and no level at that depth', async () => {
    const issues = await refused(['NO;Landsforbundet;;;;', '1515;Herøy;15;;;', '151501;Gruppe;1515;;;'], { ...ALL_COLUMNS, level: null });
    expect(issues).toEqual([{ line: 4, field: 'level', code: 'UNKNOWN_LEVEL', params: { depth: 3 } }]);
  });

  it('counts the lines of a quoted field that spans several lines', async () => {
    const issues = await refused(['2001;Ny;NO;Fylkeslag;;"første linje\r\nandre linje\r\ntredje"', '2002;Ny 2;XX;Fylkeslag;;']);
    expect(issues).toEqual([{ line: 5, field: 'parent', code: 'UNKNOWN_PARENT', value: 'XX' }]);
  });

  it('collects every problem in the file, not just the first, in line order', async () => {
    const issues = await refused([
      '3001;God;NO;Ny nivågruppe;1;', ';Uten kode;NO;Fylkeslag;;', '3002;;ZZ;Fylkeslag;x;', '3001;Igjen;NO;Fylkeslag;;',
    ]);
    expect(issues.map((i) => [i.line, i.field, i.code])).toEqual([
      [3, 'code', 'EMPTY_CODE'],
      [4, 'name', 'EMPTY_NAME'],
      [4, 'members', 'BAD_NUMBER'],
      [4, 'parent', 'UNKNOWN_PARENT'],
      [5, 'code', 'DUPLICATE_CODE'],
    ]);
  });

  it('an empty file and a file with only a header', async () => {
    const core = await openTestCore();
    const empty = issuesOf(await core.raw('units.import', { ...utf8Csv(''), mapping: ALL_COLUMNS }));
    expect(empty).toEqual([{ line: 1, code: 'EMPTY_FILE' }]);
    const headerOnly = issuesOf(await core.raw('units.import', { ...utf8Csv(`${NB_HEADER}\r\n\r\n`), mapping: ALL_COLUMNS }));
    expect(headerOnly).toEqual([{ line: 2, code: 'EMPTY_FILE' }]);
    expect(await snapshot(core)).toEqual({ units: 0, levels: [] });
  });

  it('refuses a levelMap id that does not exist with NOT_FOUND', async () => {
    const core = await openTestCore();
    await seed(core);
    const before = await snapshot(core);
    const file = utf8Csv(`${NB_HEADER}\r\n2001;Ny;NO;Krets;;\r\n`);
    const env = await core.raw('units.import', { ...file, mapping: ALL_COLUMNS, levelMap: { Krets: 999 } });
    expect(env.ok ? null : env.error).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'level', id: 999 } });
    expect(await snapshot(core)).toEqual(before);
  });

  it('reports an unclosed quote as FILE_UNREADABLE with its line', async () => {
    const core = await openTestCore();
    const env = await core.raw('units.importPreview', utf8Csv(`${NB_HEADER}\r\n2001;Ny;NO;;;\r\n2002;"Uten slutt;NO;;;\r\n2003;C;NO;;;\r\n`));
    expect(env.ok ? null : env.error).toMatchObject({ code: 'FILE_UNREADABLE', details: { line: 3 } });
  });

  it('reports an unreadable XLSX as FILE_UNREADABLE', async () => {
    const core = await openTestCore();
    const env = await core.raw('units.importPreview', { fileName: 'enheter.xlsx', base64: Buffer.from('kode;navn').toString('base64') });
    expect(env.ok ? null : env.error.code).toBe('FILE_UNREADABLE');
  });
});
