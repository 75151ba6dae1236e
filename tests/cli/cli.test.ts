import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { RESOURCES_DIR } from '../support/db';
import { cli, contents, workspace } from './helpers';

const VALID_CSV = [
  'kode;navn;overordnet;nivå;medlemmer',
  '00;Landsforbundet;;Landsforbund;',
  '15;Møre og Romsdal;00;Fylkeslag;',
  '1515;Herøy;15;Lokallag;120',
].join('\n');

// Line 3: no name. Line 4: unknown parent and a non-number. Line 5: the code of line 4 again.
const BAD_CSV = [
  'kode;navn;overordnet;nivå;medlemmer',
  '00;Landsforbundet;;Landsforbund;',
  '15;;00;Fylkeslag;',
  '1515;Herøy;99;Lokallag;mange',
  '1515;Herøy igjen;15;Lokallag;5',
].join('\n');

describe('cli: init and the database path', () => {
  it('creates the schema, then reports an existing database as up to date', async () => {
    const { dir, db } = workspace();
    const first = await cli(['--db', db, 'init'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toEqual([`Opprettet databasen ${db}.`]);

    const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
    const tables = (await core.ds.query("SELECT name FROM sqlite_master WHERE type = 'table'")) as Array<{ name: string }>;
    const migrations = (await core.ds.query('SELECT name FROM migrations')) as unknown[];
    await core.close();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['unit', 'level', 'setting', 'migrations']));
    expect(migrations.length).toBeGreaterThan(0);

    const second = await cli(['init', '--db', db, '--lang', 'en'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toEqual([`The database ${db} is up to date and ready.`]);
  });

  it('uses FORANKRING_DB, else forankring.sqlite in the working folder', async () => {
    const { dir } = workspace();
    expect((await cli(['init'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'forankring.sqlite'))).toBe(true);

    expect((await cli(['init'], { cwd: dir, env: { FORANKRING_DB: 'fra-miljø.sqlite' } })).code).toBe(0);
    expect(existsSync(join(dir, 'fra-miljø.sqlite'))).toBe(true);
  });
});

describe('cli: usage', () => {
  it('prints the usage with --help and exits 0, in nb by default and en on request', async () => {
    const nb = await cli(['--help']);
    expect(nb.code).toBe(0);
    expect(nb.stdout[0]).toMatch(/^Bruk: forankring/);
    expect(nb.stdout.join('\n')).toContain('FORANKRING_DB');
    expect(nb.stdout.join('\n')).toContain('./forankring.sqlite');

    const en = await cli(['-h', '--lang', 'en']);
    expect(en.stdout[0]).toMatch(/^Usage: forankring/);
    const fromEnv = await cli(['--help'], { env: { FORANKRING_LANG: 'en' } });
    expect(fromEnv.stdout[0]).toMatch(/^Usage: forankring/);
  });

  it.each([
    [['frobnicate'], 'Ukjent kommando: frobnicate'],
    [[], 'Mangler kommando.'],
    [['import-units'], 'Kommandoen import-units trenger et filnavn.'],
    [['export-units'], 'Kommandoen export-units trenger et filnavn.'],
    [['--nope', 'init'], 'Ukjent valg: --nope'],
    [['init', '--db'], 'Valget --db trenger en verdi.'],
    [['--lang', 'de', 'init'], 'Ukjent språk: de. Bruk nb eller en.'],
    [['import-units', 'enheter.pdf'], 'Filtypen til enheter.pdf støttes ikke. Bruk .csv, .xlsx.'],
    [['export-units', 'enheter'], 'Filtypen til enheter støttes ikke. Bruk .csv, .xlsx.'],
    [['init', 'ekstra'], 'Uventet argument: ekstra'],
  ])('exits 2 with a usage text for %j', async (argv, message) => {
    const { dir } = workspace();
    const run = await cli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe(message);
    expect(run.stderr.some((l) => l.startsWith('Bruk: forankring'))).toBe(true);
    // A usage error never touches a database.
    expect(existsSync(join(dir, 'forankring.sqlite'))).toBe(false);
  });

  it('reports usage errors in English with --lang en', async () => {
    const run = await cli(['--lang', 'en', 'frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe('Unknown command: frobnicate');
    expect(run.stderr.some((l) => l.startsWith('Usage: forankring'))).toBe(true);
  });
});

describe('cli: import-units', () => {
  it('imports a valid CSV and prints a summary', async () => {
    const { dir, db } = workspace();
    writeFileSync(join(dir, 'enheter.csv'), VALID_CSV);
    const run = await cli(['--db', db, 'import-units', 'enheter.csv'], { cwd: dir });
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toBe('Importen er fullført: 3 nye og 0 oppdaterte enheter.');
    expect(run.stdout[1]).toMatch(/^Nye nivåer: /);
    for (const level of ['Landsforbund', 'Fylkeslag', 'Lokallag']) expect(run.stdout[1]).toContain(level);

    const { units, levels } = await contents(db);
    expect(units.map((u) => u.code).sort()).toEqual(['00', '15', '1515']);
    expect(units.find((u) => u.code === '1515')?.members).toBe(120);
    expect(levels).toHaveLength(3);

    const again = await cli(['--db', db, '--lang', 'en', 'import-units', 'enheter.csv'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toEqual(['Import complete: 0 new and 3 updated units.', 'No new levels.']);
  });

  it('refuses a bad CSV with every issue on its line, in nb, and writes nothing', async () => {
    const { dir, db } = workspace();
    writeFileSync(join(dir, 'feil.csv'), BAD_CSV);
    const run = await cli(['--db', db, 'import-units', 'feil.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr[0]).toBe('Filen har feil. Ingenting ble lagret.');
    const issues = run.stderr.slice(2).map((l) => l.trim());
    expect(run.stderr[1]).toBe(`Fant ${issues.length} feil i feil.csv:`);
    expect(issues.length).toBeGreaterThanOrEqual(4);
    for (const line of issues) expect(line).toMatch(/^Linje \d+(, [^:]+)?: \S/);
    expect(issues.some((l) => l.startsWith('Linje 3, navn: '))).toBe(true);
    expect(issues.some((l) => l.startsWith('Linje 4, overordnet enhet: '))).toBe(true);
    expect(issues.some((l) => l.startsWith('Linje 4, medlemmer: '))).toBe(true);
    expect(issues.some((l) => l.startsWith('Linje 5, kode: '))).toBe(true);
    // Messages are translated, not the raw issue codes.
    expect(issues.join('\n')).not.toMatch(/EMPTY_NAME|UNKNOWN_PARENT|BAD_NUMBER|DUPLICATE_CODE/);

    const { units, levels } = await contents(db);
    expect(units).toEqual([]);
    expect(levels).toEqual([]);
  });

  it('reports the same issues in English with --lang en', async () => {
    const { dir, db } = workspace();
    writeFileSync(join(dir, 'bad.csv'), BAD_CSV);
    const run = await cli(['--lang', 'en', '--db', db, 'import-units', 'bad.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr[0]).toBe('The file has errors. Nothing was saved.');
    const issues = run.stderr.slice(2).map((l) => l.trim());
    expect(issues.some((l) => l.startsWith('Line 3, name: '))).toBe(true);
    expect(issues.some((l) => l.startsWith('Line 4, parent unit: '))).toBe(true);
    expect(issues.some((l) => l.startsWith('Line 4, members: '))).toBe(true);
    expect(issues.some((l) => l.startsWith('Line 5, code: '))).toBe(true);
    expect((await contents(db)).units).toEqual([]);
  });

  it('exits 1 with a translated message when the file cannot be read', async () => {
    const { dir, db } = workspace();
    const run = await cli(['--db', db, 'import-units', 'finnes-ikke.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual(['Kunne ikke lese filen finnes-ikke.csv (ENOENT).']);
  });
});

describe('cli: demo and export-units', () => {
  it('loads the demo organization once, and refuses a second time', async () => {
    const { dir, db } = workspace();
    const run = await cli(['--db', db, 'demo'], { cwd: dir });
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`Lastet inn demoorganisasjonen med 373 enheter i ${db}.`]);
    expect((await contents(db)).units).toHaveLength(373);

    const again = await cli(['--db', db, '--lang', 'en', 'demo'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr[0]).toMatch(/^The organization already has units/);
  });

  it('exports the units to a semicolon CSV and to an XLSX workbook', async () => {
    const { dir, db } = workspace();
    writeFileSync(join(dir, 'enheter.csv'), VALID_CSV);
    expect((await cli(['--db', db, 'import-units', 'enheter.csv'], { cwd: dir })).code).toBe(0);

    const csv = await cli(['--db', db, 'export-units', 'ut.csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(csv.stdout).toEqual([`Lagret enhetene i ${join(dir, 'ut.csv')}.`]);
    const text = readFileSync(join(dir, 'ut.csv'), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/).filter((l) => l !== '');
    expect(lines[0]).toMatch(/^kode;navn;overordnet;nivå;medlemmer/);
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.startsWith('1515;Herøy;15;Lokallag;120'))).toBe(true);

    const en = await cli(['--db', db, '--lang', 'en', 'export-units', 'out.csv'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8').replace(/^\uFEFF/, '')).toMatch(/^code;name;parent;level;members/);

    const xlsx = await cli(['--db', db, 'export-units', 'ut.xlsx'], { cwd: dir });
    expect(xlsx.code).toBe(0);
    const bytes = readFileSync(join(dir, 'ut.xlsx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const codes: string[] = [];
    sheet?.getColumn(1).eachCell((cell) => codes.push(String(cell.value)));
    expect(codes).toEqual(expect.arrayContaining(['kode', '00', '15', '1515']));

    // The round trips: the exported CSV imports again as three updates, the workbook into a new database.
    const back = await cli(['--db', db, 'import-units', 'ut.csv'], { cwd: dir });
    expect(back.stdout[0]).toBe('Importen er fullført: 0 nye og 3 oppdaterte enheter.');
    const fresh = join(dir, 'ny.sqlite');
    const fromXlsx = await cli(['--db', fresh, 'import-units', 'ut.xlsx'], { cwd: dir });
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stdout[0]).toBe('Importen er fullført: 3 nye og 0 oppdaterte enheter.');
    expect((await contents(fresh)).units.map((u) => u.code).sort()).toEqual(['00', '15', '1515']);
  });

  it('exits 1 when the export cannot be written', async () => {
    const { dir, db } = workspace();
    const run = await cli(['--db', db, 'export-units', join('mangler', 'ut.csv')], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr[0]).toBe(`Kunne ikke skrive filen ${join('mangler', 'ut.csv')} (ENOENT).`);
  });
});
