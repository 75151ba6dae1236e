// forankring import-people and export-gaps: exit codes, messages in nb and en,
// and nothing saved from a file with errors.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { RESOURCES_DIR } from '../support/db';
import { cli, workspace } from './helpers';

const GOOD = [
  'navn;e-post;telefon;rolle;enhet;fra;til',
  // Started in the past and open-ended, so the gap list does not depend on the day the test runs.
  'Kari Nordmann;kari@example.no;900 00 000;Lagleder;1515;01.01.2025;',
  'Ola Nordmann;ola@example.no;;Superbruker;15;2025-01-01;',
  'Per Hansen;;;;;;',
].join('\r\n');

// Line 3: a broken address. Line 4: a role the catalog does not allow at a chapter.
const BAD = [
  'navn;e-post;telefon;rolle;enhet;fra;til',
  'Kari Nordmann;kari@example.no;;Lagleder;1515;;',
  'Ola Nordmann;ola@;;;;;',
  'Per Hansen;;;Sponsor;1515;;',
].join('\n');

async function counts(db: string) {
  const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
  try {
    const [people] = (await core.ds.query('SELECT COUNT(*) AS n FROM person')) as Array<{ n: number }>;
    const [assignments] = (await core.ds.query('SELECT COUNT(*) AS n FROM assignment')) as Array<{ n: number }>;
    return { people: people?.n, assignments: assignments?.n };
  } finally {
    await core.close();
  }
}

async function demoWorkspace() {
  const ws = workspace();
  expect((await cli(['--db', ws.db, 'demo'], { cwd: ws.dir })).code).toBe(0);
  return ws;
}

describe('cli: import-people', () => {
  it('imports a file and reports what it did, in nb and en', async () => {
    const { dir, db } = await demoWorkspace();
    writeFileSync(join(dir, 'personer.csv'), GOOD);
    const nb = await cli(['--db', db, 'import-people', 'personer.csv'], { cwd: dir });
    expect(nb).toEqual({
      code: 0,
      stdout: ['Importen er fullført: 3 nye og 0 oppdaterte personer.', '2 nye tildelinger.'],
      stderr: [],
    });
    expect(await counts(db)).toEqual({ people: 3, assignments: 2 });

    // Again, in English: Kari and Ola are found by e-mail; Per, without one, is someone new.
    const en = await cli(['--db', db, '--lang', 'en', 'import-people', 'personer.csv'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toEqual(['Import complete: 1 new and 0 updated people.', '0 new assignments.']);
    expect(await counts(db)).toEqual({ people: 4, assignments: 2 });
  });

  it('exits 1 naming every error and its line, and saves nothing', async () => {
    const { dir, db } = await demoWorkspace();
    writeFileSync(join(dir, 'feil.csv'), BAD);
    const nb = await cli(['--db', db, 'import-people', 'feil.csv'], { cwd: dir });
    expect(nb.code).toBe(1);
    expect(nb.stdout).toEqual([]);
    expect(nb.stderr).toEqual([
      'Filen har feil. Ingenting ble lagret.',
      'Fant 2 feil i feil.csv:',
      '  Linje 3, e-post: «ola@» er ikke en gyldig e-postadresse.',
      '  Linje 4, rolle: Rollen «Sponsor» kan ikke gis på nivået «Lokallag» etter rollekatalogen.',
    ]);
    const en = await cli(['--db', db, '--lang', 'en', 'import-people', 'feil.csv'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stderr.slice(1)).toEqual([
      'Found 2 errors in feil.csv:',
      '  Line 3, email: “ola@” is not a valid email address.',
      '  Line 4, role: The role catalog does not allow the role “Sponsor” at the level “Lokallag”.',
    ]);
    expect(await counts(db)).toEqual({ people: 0, assignments: 0 });
  });

  it('exits 1 when the file cannot be read', async () => {
    const { dir, db } = await demoWorkspace();
    const run = await cli(['--db', db, 'import-people', 'finnes-ikke.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr[0]).toMatch(/^Kunne ikke lese filen finnes-ikke\.csv \(ENOENT\)/);
  });

  it.each([
    [['import-people'], 'Kommandoen import-people trenger et filnavn.'],
    [['export-gaps'], 'Kommandoen export-gaps trenger et filnavn.'],
    [['import-people', 'personer.pdf'], 'Filtypen til personer.pdf støttes ikke. Bruk .csv, .xlsx.'],
    [['export-gaps', 'hull.txt'], 'Filtypen til hull.txt støttes ikke. Bruk .csv, .xlsx.'],
    [['export-gaps', 'a.csv', 'b.csv'], 'Uventet argument: b.csv'],
  ])('exits 2 with a usage text for %j', async (argv, message) => {
    const { dir } = workspace();
    const run = await cli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe(message);
    expect(run.stderr.join('\n')).toContain('import-people');
    expect(existsSync(join(dir, 'forankring.sqlite'))).toBe(false);
  });

  it('lists both commands in the help, in nb and en', async () => {
    const nb = (await cli(['--help'])).stdout.join('\n');
    expect(nb).toContain('import-people FIL');
    expect(nb).toContain('export-gaps FIL');
    const en = (await cli(['--help', '--lang', 'en'])).stdout.join('\n');
    expect(en).toContain('import-people FILE');
    expect(en).toContain('export-gaps FILE');
  });
});

describe('cli: export-gaps', () => {
  it('writes the gap list as a semicolon CSV in nb, and as XLSX in en', async () => {
    const { dir, db } = await demoWorkspace();
    writeFileSync(join(dir, 'personer.csv'), GOOD);
    expect((await cli(['--db', db, 'import-people', 'personer.csv'], { cwd: dir })).code).toBe(0);

    const csv = await cli(['--db', db, 'export-gaps', 'hull.csv'], { cwd: dir });
    expect(csv).toEqual({ code: 0, stdout: [`Lagret hullisten i ${join(dir, 'hull.csv')}.`], stderr: [] });
    const text = readFileSync(join(dir, 'hull.csv'), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('region;enhet;enhetsnavn;nivå;rolle;minimum;innehavere;status;ledig siden;siste dag med innehaver');
    // The demo: 4 national roles, 2 per region (15), 3 per chapter (357); Kari and Ola fill two of them.
    expect(lines).toHaveLength(1 + 4 + 30 + 357 * 3 - 2);
    expect(lines.some((l) => l.startsWith('Møre og Romsdal;1515;Herøy;Lokallag;Lagleder;'))).toBe(false);
    expect(lines).toContain('Møre og Romsdal;1515;Herøy;Lokallag;Superbruker;1;0;mangler;;');

    const xlsx = await cli(['--db', db, '--lang', 'en', 'export-gaps', 'gaps.xlsx'], { cwd: dir });
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toEqual([`Saved the gap list to ${join(dir, 'gaps.xlsx')}.`]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, 'gaps.xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'region', 'unit', 'unit name', 'level', 'role', 'minimum', 'holders', 'state', 'vacant since', 'last day held',
    ]);
    expect(sheet.rowCount).toBe(lines.length);
  });

  it('exits 1 when the file cannot be written', async () => {
    const { dir, db } = await demoWorkspace();
    const run = await cli(['--db', db, 'export-gaps', join('finnes-ikke', 'hull.csv')], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr[0]).toMatch(/^Kunne ikke skrive filen .*hull\.csv \(ENOENT\)/);
  });
});
