import { describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/db';
import { ALL_COLUMNS, cp1252Csv, NB_HEADER, utf8Csv, xlsxFile } from '../fixtures/transfer';

async function levels(core: TestCore) {
  const national = await core.call('levels.create', { name: 'Landsforbund' });
  const region = await core.call('levels.create', { name: 'Fylkeslag' });
  const chapter = await core.call('levels.create', { name: 'Lokallag' });
  return { national, region, chapter };
}

/** Code -> [name, parent code, level name, members, contact notes], the whole stored tree. */
async function treeOf(core: TestCore) {
  const rows = await core.call('units.tree', { includeArchived: true });
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  const levelOf = new Map((await core.call('levels.list')).map((l) => [l.id, l.name]));
  const notes = await Promise.all(rows.map(async (r) => (await core.call('units.get', { id: r.id })).contactNotes));
  return Object.fromEntries(rows.map((r, i) => [
    r.code,
    [r.name, r.parentId === null ? null : codeOf.get(r.parentId), levelOf.get(r.levelId), r.members, notes[i]],
  ]));
}

const ALL_COLUMNS_NO_PARENT = { code: 0, name: 1, level: 2, parent: null, members: null, contactNotes: null };

const NORWAY = [
  NB_HEADER,
  'NO;Landsforbundet;;Landsforbund;;',
  '15;Møre og Romsdal;NO;Fylkeslag;;',
  '18;Nordland;NO;Fylkeslag;;',
  '1515;Herøy;15;Lokallag;90;Kontakt: Åse Ødegård',
  '1818;Herøy;18;Lokallag;18;',
  '31;Østfold;NO;Fylkeslag;;',
  '3114;Våler;31;Lokallag;61;',
];

describe('units.importPreview and units.import', () => {
  it('reads Excel\'s Windows-1252 semicolon CSV with CRLF, keeping æøå', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = cp1252Csv(`${[...NORWAY, '34;Innlandet;NO;Fylkeslag;;', '3431;Sør–Fron’s Blåbær;34;Lokallag;1;'].join('\r\n')}\r\n`);
    const bytes = Buffer.from(file.base64, 'base64');
    // "Blåbær" and "Herøy" as single-byte 1252 (å 0xE5, æ 0xE6, ø 0xF8), the en dash as 0x96.
    expect(bytes.includes(Buffer.from([0x42, 0x6c, 0xe5, 0x62, 0xe6, 0x72]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x72, 0xf8, 0x79]))).toBe(true);
    expect(bytes.includes(0x96)).toBe(true);
    const preview = await core.call('units.importPreview', file);
    expect(preview).toMatchObject({ encoding: 'windows-1252', separator: ';', format: 'csv', rowCount: 9, mapping: ALL_COLUMNS });
    expect(preview.headers).toEqual(['kode', 'navn', 'overordnet', 'nivå', 'medlemmer', 'kontaktnotater']);
    expect(preview.sampleRows[1]).toEqual(['15', 'Møre og Romsdal', 'NO', 'Fylkeslag', '', '']);
    const result = await core.call('units.import', { ...file, mapping: preview.mapping });
    expect(result).toEqual({ created: 9, updated: 0, levelsCreated: [] });
    const tree = await treeOf(core);
    expect(tree['3431']?.[0]).toBe('Sør–Fron’s Blåbær');
    expect(tree['1515']).toEqual(['Herøy', '15', 'Lokallag', 90, 'Kontakt: Åse Ødegård']);
    expect(tree['1818']).toEqual(['Herøy', '18', 'Lokallag', 18, '']);
    expect(tree['31']?.[0]).toBe('Østfold');
    const hits = await core.call('units.search', { query: 'ØSTFOLD' });
    // The region first, then the chapter found by its region's name.
    expect(hits.map((h) => h.code)).toEqual(['31', '3114']);
  });

  it('reads UTF-8 with and without a byte order mark', async () => {
    for (const bom of [true, false]) {
      const core = await openTestCore();
      await levels(core);
      const file = utf8Csv(`${NORWAY.join('\r\n')}\r\n`, { bom });
      const preview = await core.call('units.importPreview', file);
      expect(preview.encoding).toBe('utf-8');
      // A BOM must not stick to the first header and hide the code column.
      expect(preview.headers[0]).toBe('kode');
      expect(preview.mapping.code).toBe(0);
      await core.call('units.import', { ...file, mapping: preview.mapping });
      expect((await treeOf(core))['1515']?.[0]).toBe('Herøy');
    }
  });

  it('detects a comma separator and reads quoted fields with commas, quotes and line breaks', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = utf8Csv([
      'kode,navn,overordnet,nivå,medlemmer,kontaktnotater',
      'NO,"Landsforbundet, sentralt",,Landsforbund,,',
      '03,Oslo,NO,Fylkeslag,"1 234","Leder: ""Kari"" Nordmann\nTlf. 22 00 00 00"',
    ].join('\r\n'));
    const preview = await core.call('units.importPreview', file);
    expect(preview.separator).toBe(',');
    await core.call('units.import', { ...file, mapping: preview.mapping });
    const tree = await treeOf(core);
    expect(tree.NO?.[0]).toBe('Landsforbundet, sentralt');
    expect(tree['03']).toEqual(['Oslo', 'NO', 'Fylkeslag', 1234, 'Leder: "Kari" Nordmann\nTlf. 22 00 00 00']);
  });

  it('obeys Excel\'s "sep=" first line and reads the header from line 2', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = utf8Csv('sep=,\r\nkode,navn;x,nivå\r\nNO,Landsforbundet;sentralt,Landsforbund\r\n15,,Fylkeslag\r\n');
    const preview = await core.call('units.importPreview', file);
    expect(preview).toMatchObject({ separator: ',', headers: ['kode', 'navn;x', 'nivå'], rowCount: 2 });
    const env = await core.raw('units.import', { ...file, mapping: ALL_COLUMNS_NO_PARENT });
    // Without a parent column both rows would be roots; the organization has one.
    expect(env.ok ? null : env.error.details?.issues).toEqual([
      { line: 4, field: 'name', code: 'EMPTY_NAME' },
      { line: 4, field: 'parent', code: 'SECOND_ROOT', value: '15', params: { root: 'NO' } },
    ]);
  });

  it('detects a tab separator', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = utf8Csv('kode\tnavn\tnivå\r\nNO\tLandsforbundet\tLandsforbund\r\n', { fileName: 'enheter.txt' });
    const preview = await core.call('units.importPreview', file);
    expect(preview).toMatchObject({ separator: '\t', mapping: { code: 0, name: 1, level: 2, parent: null } });
    expect(await core.call('units.import', { ...file, mapping: preview.mapping })).toMatchObject({ created: 1 });
  });

  it('guesses English headers in any case and with stray spaces', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = utf8Csv(' Members ;CODE; Name;Parent ;LEVEL;Contact Notes\r\n12;NO;National;;Landsforbund;hi\r\n');
    const preview = await core.call('units.importPreview', file);
    expect(preview.mapping).toEqual({ code: 1, name: 2, parent: 3, level: 4, members: 0, contactNotes: 5 });
    await core.call('units.import', { ...file, mapping: preview.mapping });
    expect((await treeOf(core)).NO).toEqual(['National', null, 'Landsforbund', 12, 'hi']);
  });

  it('accepts niva, nivaa and contactNotes as header names', async () => {
    const core = await openTestCore();
    for (const header of ['niva', 'nivaa', 'Nivå']) {
      const preview = await core.call('units.importPreview', utf8Csv(`kode;navn;${header};contactNotes\r\nA;B;C;D\r\n`));
      expect(preview.mapping).toMatchObject({ level: 2, contactNotes: 3 });
    }
  });

  it('reads XLSX: a text code keeps its leading zero, numbers are read as numbers', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = await xlsxFile([
      ['Kode', 'Navn', 'Overordnet', 'Nivå', 'Medlemmer'],
      ['NO', 'Landsforbundet', null, 'Landsforbund', null],
      ['03', 'Oslo', 'NO', 'Fylkeslag', null],
      ['0301', 'Oslo', '03', 'Lokallag', 7177],
      [301, 'Tallkode', '03', 'Lokallag', '1 500'],
    ]);
    const preview = await core.call('units.importPreview', file);
    expect(preview).toMatchObject({ format: 'xlsx', separator: null, rowCount: 4 });
    expect(preview.sampleRows[2]).toEqual(['0301', 'Oslo', '03', 'Lokallag', '7177']);
    await core.call('units.import', { ...file, mapping: preview.mapping });
    const tree = await treeOf(core);
    expect(tree['0301']).toEqual(['Oslo', '03', 'Lokallag', 7177, '']);
    // A numeric cell has lost its zero in Excel already; it is imported as the digits it holds.
    expect(tree['301']).toEqual(['Tallkode', '03', 'Lokallag', 1500, '']);
  });

  it('reports XLSX issues with the sheet row number', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = await xlsxFile([['kode', 'navn'], ['A', 'Alfa'], [], ['B', '']]);
    const env = await core.raw('units.import', { ...file, mapping: { ...ALL_COLUMNS, parent: null, level: null, members: null, contactNotes: null } });
    expect(env.ok ? null : env.error.details?.issues).toEqual([
      { line: 4, field: 'name', code: 'EMPTY_NAME' },
      { line: 4, field: 'parent', code: 'SECOND_ROOT', value: 'B', params: { root: 'A' } },
    ]);
  });

  it('updates units whose code exists and creates the rest, in one go', async () => {
    const core = await openTestCore();
    await levels(core);
    await core.call('units.import', { ...utf8Csv(NORWAY.join('\r\n')), mapping: ALL_COLUMNS });
    const before = await core.call('units.tree', {});
    const idOf = (rows: typeof before, code: string) => rows.find((r) => r.code === code)?.id;
    const result = await core.call('units.import', {
      ...utf8Csv([NB_HEADER, '1515;Herøy kommune;18;Lokallag;95;Ny kontakt', '1820;Alstahaug;18;Lokallag;70;'].join('\r\n')),
      mapping: ALL_COLUMNS,
    });
    expect(result).toEqual({ created: 1, updated: 1, levelsCreated: [] });
    const after = await core.call('units.tree', {});
    expect(idOf(after, '1515')).toBe(idOf(before, '1515'));
    const tree = await treeOf(core);
    expect(tree['1515']).toEqual(['Herøy kommune', '18', 'Lokallag', 95, 'Ny kontakt']);
    expect(tree['1820']).toEqual(['Alstahaug', '18', 'Lokallag', 70, '']);
    expect(tree['1818']).toEqual(['Herøy', '18', 'Lokallag', 18, '']);
    expect((await core.call('units.search', { query: 'herøy kommune' })).map((h) => h.code)).toEqual(['1515']);
  });

  it('leaves columns that are not mapped as they are on existing units', async () => {
    const core = await openTestCore();
    await levels(core);
    await core.call('units.import', { ...utf8Csv(NORWAY.join('\r\n')), mapping: ALL_COLUMNS });
    await core.call('units.import', {
      ...utf8Csv('kode;navn\r\n1515;Herøy (nytt navn)\r\n'),
      mapping: { code: 0, name: 1, parent: null, level: null, members: null, contactNotes: null },
    });
    expect((await treeOf(core))['1515']).toEqual(['Herøy (nytt navn)', '15', 'Lokallag', 90, 'Kontakt: Åse Ødegård']);
  });

  it('maps file levels to existing ones, creates the rest, and lists them in the preview', async () => {
    const core = await openTestCore();
    const { national, region } = await levels(core);
    const file = utf8Csv([
      NB_HEADER,
      'NO;Landsforbundet;;LANDSFORBUND;;',
      '15;Møre og Romsdal;NO;Fylke;;',
      '1515;Herøy;15;Lag;90;',
      '151501;Herøy ungdom;1515;Gruppe;12;',
      '151502;Herøy senior;1515;gruppe;30;',
    ].join('\r\n'));
    const preview = await core.call('units.importPreview', file);
    expect(preview.levels).toEqual([
      { name: 'LANDSFORBUND', levelId: national.id, count: 1 },
      { name: 'Fylke', levelId: null, count: 1 },
      { name: 'Lag', levelId: null, count: 1 },
      { name: 'Gruppe', levelId: null, count: 2 },
    ]);
    const result = await core.call('units.import', {
      ...file, mapping: preview.mapping, levelMap: { LANDSFORBUND: national.id, Fylke: region.id, Gruppe: null },
    });
    expect(result).toEqual({ created: 5, updated: 0, levelsCreated: ['Lag', 'Gruppe'] });
    const list = await core.call('levels.list');
    expect(list.map((l) => [l.name, l.rank, l.unitCount])).toEqual([
      ['Landsforbund', 0, 1], ['Fylkeslag', 1, 1], ['Lokallag', 2, 0], ['Lag', 3, 1], ['Gruppe', 4, 2],
    ]);
    expect((await treeOf(core))['151502']?.[2]).toBe('Gruppe');
  });

  it('without a level column, gives each unit the level whose rank is its depth', async () => {
    const core = await openTestCore();
    await levels(core);
    const lines = NORWAY.map((l) => l.split(';').filter((_, i) => i !== 3).join(';'));
    const file = utf8Csv(lines.join('\r\n'));
    const preview = await core.call('units.importPreview', file);
    expect(preview.mapping.level).toBeNull();
    expect(preview.levels).toEqual([]);
    await core.call('units.import', { ...file, mapping: preview.mapping });
    const tree = await treeOf(core);
    expect([tree.NO?.[2], tree['15']?.[2], tree['3114']?.[2]]).toEqual(['Landsforbund', 'Fylkeslag', 'Lokallag']);
  });

  it('ignores blank rows and the trailing empty line, and accepts thousands with a no-break space', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = utf8Csv(`${NB_HEADER}\r\nNO;Landsforbundet;;Landsforbund;12\u00a0345;\r\n;;;;;\r\n\r\n15;Møre;NO;Fylkeslag;1 000 000;\r\n\r\n`);
    const preview = await core.call('units.importPreview', file);
    expect(preview.rowCount).toBe(2);
    expect(await core.call('units.import', { ...file, mapping: ALL_COLUMNS })).toMatchObject({ created: 2 });
    const tree = await treeOf(core);
    expect([tree.NO?.[3], tree['15']?.[3]]).toEqual([12345, 1000000]);
  });

  it('never matches by name: two Herøy and two Våler stay apart by code', async () => {
    const core = await openTestCore();
    await levels(core);
    const file = utf8Csv([...NORWAY, '34;Innlandet;NO;Fylkeslag;;', '3419;Våler;34;Lokallag;36;'].join('\r\n'));
    await core.call('units.import', { ...file, mapping: ALL_COLUMNS });
    const hits = await core.call('units.search', { query: 'våler' });
    expect(hits.map((h) => [h.code, h.path.at(-1)])).toEqual([['3114', 'Østfold'], ['3419', 'Innlandet']]);
  });

  it('imports the bytes it is given, not an earlier preview of a file with the same name', async () => {
    const core = await openTestCore();
    await levels(core);
    const first = utf8Csv('kode;navn;nivå\r\nNO;Første versjon;Landsforbund\r\n');
    expect((await core.call('units.importPreview', first)).sampleRows[0]?.[1]).toBe('Første versjon');
    const second = utf8Csv('kode;navn;nivå\r\nNO;Andre versjon;Landsforbund\r\n');
    await core.call('units.import', { ...second, mapping: ALL_COLUMNS_NO_PARENT });
    expect((await treeOf(core)).NO?.[0]).toBe('Andre versjon');
    await core.call('units.import', { ...first, mapping: ALL_COLUMNS_NO_PARENT });
    expect((await treeOf(core)).NO?.[0]).toBe('Første versjon');
  });

  it('removes the apostrophe an export put before formula characters', async () => {
    const core = await openTestCore();
    await levels(core);
    await core.call('units.import', { ...utf8Csv(`${NB_HEADER}\r\nNO;'=SUM(A1);;Landsforbund;;'+47 22 00 00 00\r\n`), mapping: ALL_COLUMNS });
    expect((await treeOf(core)).NO).toEqual(['=SUM(A1)', null, 'Landsforbund', null, '+47 22 00 00 00']);
  });
});
