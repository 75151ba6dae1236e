// people.importPreview and people.import on the demo organization: encodings,
// nb/en headers, XLSX date cells, matching by e-mail, and re-imports that change nothing.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cp1252Csv, fileOf, utf8Csv, type UploadedFile } from '../../fixtures/transfer';
import type { TestCore } from '../../support/db';
import { openFixture, type Fixture } from './coverage-fixture';

// 2026-03-15 in Oslo: the start of assignments whose start cell is empty.
const TODAY = '2026-03-15';

async function demo(): Promise<Fixture> {
  const f = await openFixture();
  await f.core.call('demo.load');
  return f;
}

async function unitId(core: TestCore, code: string): Promise<number> {
  const rows: Array<{ id: number }> = await core.ds.query('SELECT id FROM unit WHERE code = ?', [code]);
  if (!rows[0]) throw new Error(`no unit ${code}`);
  return rows[0].id;
}

async function importFile(core: TestCore, file: UploadedFile) {
  const preview = await core.call('people.importPreview', file);
  return core.call('people.import', { ...file, mapping: preview.mapping });
}

/** Everyone stored, oldest first: [name, email, phone, home unit code, note]. */
async function peopleOf(core: TestCore) {
  const rows: Array<{ name: string; email: string | null; phone: string | null; home: string | null; note: string }> = await core.ds.query(
    'SELECT p.name, p.email, p.phone, h.code AS home, p.note FROM person p LEFT JOIN unit h ON h.id = p.home_unit_id ORDER BY p.id',
  );
  return rows.map((r) => [r.name, r.email, r.phone, r.home, r.note]);
}

/** Every assignment: [person name, role key, unit code, start, end]. */
async function assignmentsOf(core: TestCore) {
  const rows: Array<{ name: string; role: string; unit: string; start: string; end: string | null }> = await core.ds.query(
    `SELECT p.name, r.key AS role, u.code AS unit, a.start_date AS start, a.end_date AS "end"
       FROM assignment a JOIN person p ON p.id = a.person_id JOIN role r ON r.id = a.role_id JOIN unit u ON u.id = a.unit_id
      ORDER BY a.id`,
  );
  return rows.map((r) => [r.name, r.role, r.unit, r.start, r.end]);
}

const NB_HEADER = 'navn;e-post;telefon;hjemmeenhet;notat;rolle;enhet;fra;til';

describe('people.import: reading the file', () => {
  it("reads Excel's Windows-1252 semicolon CSV with æøå, nb headers and Norwegian dates", async () => {
    const { core } = await demo();
    const file = cp1252Csv([
      NB_HEADER,
      'Åse Ødegård;ase@example.no;900 00 001;1515;Kontakt på kveldstid;Lagleder;1515;01.02.2026;',
      'Bjørn Blåbær;;+47 22 00 00 00;0301;;Superbruker;03;2026-01-01;31.12.2026',
      'Æsa Lærum;;;;;Lokal supportkontakt;0301;;',
    ].join('\r\n'), 'personer.csv');
    expect(Buffer.from(file.base64, 'base64').includes(Buffer.from([0xc5, 0x73, 0x65]))).toBe(true); // "Åse" in 1252

    const preview = await core.call('people.importPreview', file);
    expect(preview).toMatchObject({ encoding: 'windows-1252', separator: ';', format: 'csv', rowCount: 3 });
    expect(preview.mapping).toEqual({
      name: 0, email: 1, phone: 2, homeUnit: 3, note: 4, language: null, role: 5, unit: 6, startDate: 7, endDate: 8,
    });
    expect(preview.sampleRows[0]?.[0]).toBe('Åse Ødegård');

    const result = await core.call('people.import', { ...file, mapping: preview.mapping });
    expect(result).toEqual({ peopleCreated: 3, peopleUpdated: 0, assignmentsCreated: 3 });
    expect(await peopleOf(core)).toEqual([
      ['Åse Ødegård', 'ase@example.no', '900 00 001', '1515', 'Kontakt på kveldstid'],
      ['Bjørn Blåbær', null, '+47 22 00 00 00', '0301', ''],
      ['Æsa Lærum', null, null, null, ''],
    ]);
    expect(await assignmentsOf(core)).toEqual([
      ['Åse Ødegård', 'chapter_leader', '1515', '2026-02-01', null],
      // The file's end is the last day held (New Year's Eve); the store keeps the day after.
      ['Bjørn Blåbær', 'super_user', '03', '2026-01-01', '2027-01-01'],
      // An empty start means today in Oslo.
      ['Æsa Lærum', 'local_support', '0301', TODAY, null],
    ]);
    // Names are searchable with Norwegian case folding.
    const hits = await core.call('people.search', { query: 'ødegård' });
    expect(hits.rows.map((r) => r.name)).toEqual(['Åse Ødegård']);
  });

  it('reads English headers in any case, and roles by English name or key', async () => {
    const { core } = await demo();
    const file = utf8Csv([
      'Name,E-Mail,Phone,Home Unit,Note,ROLE,Unit,Start Date,End Date',
      'Kari Nordmann,kari@example.no,,,,SUPER-USER,1804,2026-01-05,',
      'Ola Nordmann,ola@example.no,,,,local_support,1804,,2026-06-30',
      'Per Hansen,per@example.no,,,,lagleder,1804,,',
    ].join('\n'), { fileName: 'people.csv' });
    const result = await importFile(core, file);
    expect(result).toEqual({ peopleCreated: 3, peopleUpdated: 0, assignmentsCreated: 3 });
    expect(await assignmentsOf(core)).toEqual([
      ['Kari Nordmann', 'super_user', '1804', '2026-01-05', null],
      ['Ola Nordmann', 'local_support', '1804', TODAY, '2026-07-01'],
      ['Per Hansen', 'chapter_leader', '1804', TODAY, null],
    ]);
  });

  it('reads XLSX date cells as calendar dates, next to dates typed as text', async () => {
    const { core } = await demo();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Personer');
    sheet.addRow(['Navn', 'E-post', 'Rolle', 'Enhet', 'Startdato', 'Sluttdato']);
    // Date cells carry a day without a time zone; exceljs reads them back as midnight UTC of that day.
    sheet.addRow(['Kari Nordmann', 'kari@example.no', 'Superbruker', '1515', new Date(Date.UTC(2026, 0, 31)), new Date(Date.UTC(2026, 11, 31))]);
    sheet.addRow(['Ola Nordmann', 'ola@example.no', 'Lagleder', '1515', '01.03.2026', null]);
    // A code typed as a number loses nothing when it has no leading zero.
    sheet.addRow(['Per Hansen', 'per@example.no', 'Lokal supportkontakt', 1804, new Date(Date.UTC(2025, 5, 1)), null]);
    sheet.getColumn(5).numFmt = 'dd.mm.yyyy';
    sheet.getColumn(6).numFmt = 'dd.mm.yyyy';
    const file = fileOf('personer.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));

    const preview = await core.call('people.importPreview', file);
    expect(preview).toMatchObject({ format: 'xlsx', rowCount: 3 });
    const result = await core.call('people.import', { ...file, mapping: preview.mapping });
    expect(result).toEqual({ peopleCreated: 3, peopleUpdated: 0, assignmentsCreated: 3 });
    expect(await assignmentsOf(core)).toEqual([
      ['Kari Nordmann', 'super_user', '1515', '2026-01-31', '2027-01-01'],
      ['Ola Nordmann', 'chapter_leader', '1515', '2026-03-01', null],
      ['Per Hansen', 'local_support', '1804', '2025-06-01', null],
    ]);
  });
});

describe('people.import: who is who', () => {
  it('matches people by e-mail, in any case, and updates the fields the file fills', async () => {
    const f = await demo();
    const { core } = f;
    const kari = await f.person('Kari N.', { email: 'kari@example.no', phone: '111 11 111' });
    await core.ds.query("UPDATE person SET note = 'Styreleder' WHERE id = ?", [kari]);

    const result = await importFile(core, utf8Csv([
      NB_HEADER,
      'Kari Nordmann;KARI@Example.NO;900 00 000;0301;;Lagleder;0301;;',
      // The same address again: the same person, with a second role and no new values.
      'Kari Nordmann;kari@example.no;;;;Superbruker;03;;',
    ].join('\n')));
    expect(result).toEqual({ peopleCreated: 0, peopleUpdated: 1, assignmentsCreated: 2 });
    // Name, phone and home unit updated; the empty note cell keeps the stored note.
    expect(await peopleOf(core)).toEqual([['Kari Nordmann', 'kari@example.no', '900 00 000', '0301', 'Styreleder']]);
    const rows: Array<{ person_id: number }> = await core.ds.query('SELECT person_id FROM assignment');
    expect(rows.map((r) => r.person_id)).toEqual([kari, kari]);
  });

  it('never merges rows without e-mail by name alone', async () => {
    const f = await demo();
    const { core } = f;
    await f.person('Ola Hansen');

    const result = await importFile(core, utf8Csv([
      NB_HEADER,
      // No e-mail: never matched with the stored Ola Hansen.
      'Ola Hansen;;;;;;;;',
      // Same name, no phone: two different people.
      'Per Berg;;;;;;;;',
      'Per Berg;;;;;;;;',
      // Same name and the same phone, however it is spaced: one person with two roles.
      'Liv Berg;;+47 900 11 222;;;Lagleder;1515;;',
      'liv berg;;+4790011222;;;Superbruker;15;;',
      // Same name, another phone: someone else.
      'Liv Berg;;+47 900 99 999;;;;;;',
    ].join('\n')));
    expect(result).toEqual({ peopleCreated: 5, peopleUpdated: 0, assignmentsCreated: 2 });
    const names = (await peopleOf(core)).map((p) => p[0]);
    expect(names).toEqual(['Ola Hansen', 'Ola Hansen', 'Per Berg', 'Per Berg', 'Liv Berg', 'Liv Berg']);
    const holders: Array<{ n: number }> = await core.ds.query('SELECT COUNT(DISTINCT person_id) AS n FROM assignment');
    expect(holders[0]?.n).toBe(1);
  });

  it('skips assignments that already exist, so importing the same file twice changes nothing', async () => {
    const { core } = await demo();
    const file = utf8Csv([
      NB_HEADER,
      'Kari Nordmann;kari@example.no;900 00 000;1515;;Lagleder;1515;2026-01-01;',
      // No start: today, and on the second import "the role held now" is the one already stored.
      'Kari Nordmann;kari@example.no;;;;Superbruker;15;;2027-01-01',
      'Ola Nordmann;ola@example.no;;;;Lokal supportkontakt;1515;01.01.2025;01.01.2026',
    ].join('\n'));
    expect(await importFile(core, file)).toEqual({ peopleCreated: 2, peopleUpdated: 0, assignmentsCreated: 3 });
    const before = { people: await peopleOf(core), assignments: await assignmentsOf(core) };
    expect(await importFile(core, file)).toEqual({ peopleCreated: 0, peopleUpdated: 0, assignmentsCreated: 0 });
    expect({ people: await peopleOf(core), assignments: await assignmentsOf(core) }).toEqual(before);
  });

  it('keeps history: a new period after an ended one is a new assignment', async () => {
    const f = await demo();
    const { core } = f;
    const kari = await f.person('Kari Nordmann', { email: 'kari@example.no' });
    await f.assign(kari, 'chapter_leader', await unitId(core, '1515'), '2024-01-01', '2025-01-01');
    const result = await importFile(core, utf8Csv([NB_HEADER, 'Kari Nordmann;kari@example.no;;;;Lagleder;1515;2026-01-01;'].join('\n')));
    expect(result).toEqual({ peopleCreated: 0, peopleUpdated: 0, assignmentsCreated: 1 });
    expect(await assignmentsOf(core)).toEqual([
      ['Kari Nordmann', 'chapter_leader', '1515', '2024-01-01', '2025-01-01'],
      ['Kari Nordmann', 'chapter_leader', '1515', '2026-01-01', null],
    ]);
  });
});

describe('round trips', () => {
  async function seeded() {
    const { core } = await demo();
    await importFile(core, utf8Csv([
      NB_HEADER,
      'Kari Nordmann;kari@example.no;900 00 000;1515;;Lagleder;1515;2026-01-01;',
      'Kari Nordmann;kari@example.no;;;;Superbruker;15;2025-06-01;2027-01-01',
      '=HYPERLINK("http://x.example","klikk");formel@example.no;;0301;;;;;',
      'Ola Nordmann;ola@example.no;;;;Lokal supportkontakt;1515;01.01.2025;01.01.2026',
    ].join('\n')));
    return core;
  }

  it('people export, imported again, creates and changes nothing', async () => {
    const core = await seeded();
    const before = { people: await peopleOf(core), assignments: await assignmentsOf(core) };
    expect(before.people).toHaveLength(3);
    for (const format of ['csv', 'xlsx'] as const) {
      for (const lang of ['nb', 'en'] as const) {
        const exported = await core.call('people.export', { format, lang, separator: ';' });
        const result = await importFile(core, { fileName: exported.fileName, base64: exported.base64 });
        expect({ format, lang, result }).toEqual({ format, lang, result: { peopleCreated: 0, peopleUpdated: 0, assignmentsCreated: 0 } });
      }
    }
    expect({ people: await peopleOf(core), assignments: await assignmentsOf(core) }).toEqual(before);
  });

  it('assignments export, imported again, creates and changes nothing', async () => {
    const core = await seeded();
    const before = { people: await peopleOf(core), assignments: await assignmentsOf(core) };
    // Both write the last day held and read it back as that: no period moves by a day.
    for (const format of ['csv', 'xlsx'] as const) {
      for (const lang of ['nb', 'en'] as const) {
        const exported = await core.call('assignments.export', { format, lang, separator: ',' });
        const file = { fileName: exported.fileName, base64: exported.base64 };
        const preview = await core.call('people.importPreview', file);
        expect(preview.mapping).toMatchObject({ name: 0, email: 1, role: 2, unit: 3, startDate: 5, endDate: 6, homeUnit: null });
        const result = await core.call('people.import', { ...file, mapping: preview.mapping });
        expect({ format, lang, result }).toEqual({ format, lang, result: { peopleCreated: 0, peopleUpdated: 0, assignmentsCreated: 0 } });
      }
    }
    expect({ people: await peopleOf(core), assignments: await assignmentsOf(core) }).toEqual(before);
  });
});
