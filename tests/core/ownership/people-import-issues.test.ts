// Every way a people file can be wrong: each issue names its line and field,
// all of them are reported at once, and nothing is written.
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../src/shared/errors';
import { issuesOf, utf8Csv, type UploadedFile } from '../../fixtures/transfer';
import type { TestCore } from '../../support/db';
import { openFixture, type Fixture } from './coverage-fixture';

const HEADER = 'navn;e-post;telefon;hjemmeenhet;notat;rolle;enhet;fra;til';
const ALL = { name: 0, email: 1, phone: 2, homeUnit: 3, note: 4, role: 5, unit: 6, startDate: 7, endDate: 8 };

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

async function counts(core: TestCore) {
  const [people] = (await core.ds.query('SELECT COUNT(*) AS n FROM person')) as Array<{ n: number }>;
  const [assignments] = (await core.ds.query('SELECT COUNT(*) AS n FROM assignment')) as Array<{ n: number }>;
  const [changed] = (await core.ds.query('SELECT COUNT(*) AS n FROM person WHERE updated_at <> created_at')) as Array<{ n: number }>;
  return { people: people?.n, assignments: assignments?.n, changed: changed?.n };
}

/** Imports and returns the issues as "line field CODE value", failing unless the import was refused. */
async function refused(core: TestCore, file: UploadedFile, mapping: Record<keyof typeof ALL, number | null> = ALL) {
  const issues = issuesOf(await core.raw('people.import', { ...file, mapping }));
  return issues.map((i: ImportIssue) => [i.line, i.field ?? null, i.code, i.value ?? null]);
}

const csv = (...lines: string[]) => utf8Csv([HEADER, ...lines].join('\n'), { fileName: 'personer.csv' });

describe('people.import refuses a bad file as a whole', () => {
  it('names every problem with its line and field, and writes nothing', async () => {
    const f = await demo();
    const { core } = f;
    const herøyNordland = await unitId(core, '1818');
    await core.call('units.archive', { id: herøyNordland });
    // A person the file updates (line 2) must keep the stored values after the refusal.
    await f.person('Gammel Navn', { email: 'ok@example.no' });
    const before = await counts(core);

    const issues = await refused(core, csv(
      'Nytt Navn;ok@example.no;900 00 000;1515;;Lagleder;1515;;',
      ';tom@example.no;;;;;;;',
      'Ola;ola@;;;;;;;',
      'Per;;abc;;;;;;',
      'Liv;;;9999;;;;;',
      'Åse;;;;;Lagleder;9999;;',
      'Nils;;;;;Kaptein;0301;;',
      'Eva;;;;;Lagleder;;;',
      'Jon;;;;;;0301;;',
      'Siv;;;;;Lagleder;0301;31.02.2026;',
      'Tor;;;;;Lagleder;0301;2026-03-01;2026-02-01',
      'Ida;;;;;Sponsor;0301;;',
      'Kim;;;;;Lagleder;1818;;',
      'Mia;mia@example.no;;;;Superbruker;1515;2026-01-01;',
      'Mia;mia@example.no;;;;Superbruker;1515;01.02.2026;',
      'Ane;ane@example.no;;;;;;;',
      'Anne;ane@example.no;;;;;;;',
      `${'x'.repeat(201)};;;;;;;;`,
      'Bo;;;1818;;;;;',
      // The end column is the last day held: the day before the start is no day at all.
      'Tea;;;;;Lagleder;0301;2026-01-01;2025-12-31',
      // A last day on the start day is a one-day role, and no problem.
      'Ulf;;;;;Lagleder;0301;2026-01-01;2026-01-01',
    ));
    expect(issues).toEqual([
      [3, 'name', 'EMPTY_NAME', null],
      [4, 'email', 'BAD_EMAIL', 'ola@'],
      [5, 'phone', 'BAD_PHONE', 'abc'],
      [6, 'homeUnit', 'UNKNOWN_UNIT', '9999'],
      [7, 'unit', 'UNKNOWN_UNIT', '9999'],
      [8, 'role', 'UNKNOWN_ROLE', 'Kaptein'],
      [9, 'unit', 'MISSING_UNIT', 'Lagleder'],
      [10, 'role', 'MISSING_ROLE', '0301'],
      [11, 'startDate', 'BAD_DATE', '31.02.2026'],
      [12, 'endDate', 'DATE_ORDER', '2026-02-01'],
      [13, 'role', 'ROLE_NOT_AT_LEVEL', 'Sponsor'],
      [14, 'unit', 'UNIT_ARCHIVED', '1818'],
      [16, 'role', 'DUPLICATE_ASSIGNMENT', 'Superbruker'],
      [18, 'name', 'CONFLICTING_VALUE', 'Anne'],
      [19, 'name', 'TOO_LONG', 'x'.repeat(50)],
      [20, 'homeUnit', 'UNIT_ARCHIVED', '1818'],
      [21, 'endDate', 'DATE_ORDER', '2025-12-31'],
    ]);
    expect(await counts(core)).toEqual(before);
    const [stored] = (await core.ds.query("SELECT name, phone FROM person WHERE email = 'ok@example.no'")) as unknown[];
    expect(stored).toEqual({ name: 'Gammel Navn', phone: null });
  });

  it('carries what a translated message needs', async () => {
    const { core } = await demo();
    const env = await core.raw('people.import', { ...csv(
      'Ida;;;;;Sponsor;0301;;',
      'Mia;mia@example.no;;;;Superbruker;1515;2026-01-01;',
      'Mia;mia@example.no;;;;Superbruker;1515;;',
      'Tor;;;;;Lagleder;0301;2026-03-01;2026-02-01',
    ), mapping: ALL });
    const issues = issuesOf(env);
    expect(issues).toEqual([
      { line: 2, field: 'role', code: 'ROLE_NOT_AT_LEVEL', value: 'Sponsor', params: { level: 'Lokallag' } },
      { line: 4, field: 'role', code: 'DUPLICATE_ASSIGNMENT', value: 'Superbruker', params: { firstLine: 3, unit: '1515' } },
      { line: 5, field: 'endDate', code: 'DATE_ORDER', value: '2026-02-01', params: { startDate: '2026-03-01' } },
    ]);
  });

  it('refuses a role the person already holds at the unit for overlapping dates', async () => {
    const f = await demo();
    const { core } = f;
    const kari = await f.person('Kari Nordmann', { email: 'kari@example.no' });
    await f.assign(kari, 'chapter_leader', await unitId(core, '1515'), '2025-01-01');
    const before = await counts(core);
    const issues = await refused(core, csv(
      'Ny Person;ny@example.no;;;;Lagleder;0301;;',
      'Kari Nordmann;kari@example.no;;;;Lagleder;1515;2026-01-01;',
      // A period whose last day is the day before the stored one began does not overlap it.
      'Kari Nordmann;kari@example.no;;;;Lagleder;1515;2020-01-01;2024-12-31',
    ));
    expect(issues).toEqual([[3, 'role', 'ALREADY_ASSIGNED', 'Lagleder']]);
    expect(await counts(core)).toEqual(before);
  });

  it('asks for the name column, and for role and unit together', async () => {
    const { core } = await demo();
    const file = csv('Kari;kari@example.no;;;;Lagleder;1515;;');
    expect(await refused(core, file, { ...ALL, name: null })).toEqual([[1, 'name', 'MISSING_COLUMN', null]]);
    expect(await refused(core, file, { ...ALL, unit: null })).toEqual([[1, 'unit', 'MISSING_COLUMN', null]]);
    expect(await refused(core, file, { ...ALL, role: null })).toEqual([[1, 'role', 'MISSING_COLUMN', null]]);
    expect(await refused(core, utf8Csv(`${HEADER}\n`))).toEqual([[2, null, 'EMPTY_FILE', null]]);
    expect(await counts(core)).toEqual({ people: 0, assignments: 0, changed: 0 });
  });

  it('says so when the file is no spreadsheet at all', async () => {
    const { core } = await demo();
    const env = await core.raw('people.importPreview', { fileName: 'personer.xlsx', base64: Buffer.from('not a zip').toString('base64') });
    expect(env.ok ? null : env.error.code).toBe('FILE_UNREADABLE');
  });
});
