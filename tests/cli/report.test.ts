// forankring report: usage errors (exit 2, before any database is opened) and
// refused filters (exit 1, the core's REPORT_FILTER in the user's language),
// on the demo organization. Reports that are really written: report-files.test.ts.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import { RESOURCES_DIR } from '../support/db';
import { cli, workspace } from './helpers';

describe('cli report: usage errors', () => {
  it.each([
    [['report', '--format', 'csv', '--out', 'r.csv'], 'Kommandoen trenger valget --kind.'],
    [['report', '--kind', 'national', '--out', 'r.csv'], 'Kommandoen trenger valget --format.'],
    [['report', '--kind', 'national', '--format', 'csv'], 'Kommandoen trenger valget --out.'],
    [['report', '--kind', 'global', '--format', 'csv', '--out', 'r.csv'], 'Ukjent verdi for --kind: global. Bruk national, region, wave, chapter, support.'],
    [['report', '--kind', 'national', '--format', 'docx', '--out', 'r.docx'], 'Ukjent verdi for --format: docx. Bruk pdf, xlsx, csv.'],
    [['report', '--kind', 'national', '--format', 'csv', '--separator', 'tab', '--out', 'r.csv'], 'Ukjent verdi for --separator: tab. Bruk ;, ,.'],
    [['report', '--kind', 'national', '--format', 'pdf', '--separator', ',', '--out', 'r.pdf'], 'Valget --separator gjelder bare --format csv.'],
    [['report', '--kind', 'support', '--from', '01.03.2026', '--to', '2026-03-31', '--format', 'csv', '--out', 'r.csv'], 'Valget --from trenger en dato på formen ÅÅÅÅ-MM-DD (fikk 01.03.2026).'],
    [['report', '--kind', 'support', '--from', '2026-03-01', '--to', '2026-02-30', '--format', 'csv', '--out', 'r.csv'], 'Valget --to trenger en dato på formen ÅÅÅÅ-MM-DD (fikk 2026-02-30).'],
    [['report', '--kind', 'national', '--format', 'pdf', '--out', 'rapport.xlsx'], 'Filnavnet rapport.xlsx passer ikke til formatet. Bruk endelsen .pdf.'],
    [['report', '--kind', 'national', '--format', 'csv', '--out', 'rapport'], 'Filnavnet rapport passer ikke til formatet. Bruk endelsen .csv.'],
    [['report', '--kind', 'region', '--unit', '', '--format', 'csv', '--out', 'r.csv'], 'Valget --unit trenger en verdi.'],
    [['report', '--kind'], 'Valget --kind trenger en verdi.'],
    [['report', 'national'], 'Uventet argument: national'],
    [['export-units', 'e.csv', '--kind', 'national'], 'Valget --kind brukes ikke av kommandoen export-units.'],
    [['init', '--out', 'x.csv'], 'Valget --out brukes ikke av kommandoen init.'],
  ])('exits 2 for %j', async (argv, message) => {
    const { dir } = workspace();
    const run = await cli(argv, { cwd: dir });
    expect(run.stderr[0]).toBe(message);
    expect(run.code).toBe(2);
    expect(run.stderr.some((l) => l.startsWith('Bruk: forankring'))).toBe(true);
    expect(run.stdout).toEqual([]);
    // A usage error opens no database and writes no file.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says the same in English with --lang en', async () => {
    const run = await cli(['--lang', 'en', 'report', '--kind', 'national', '--format', 'odt', '--out', 'r.odt']);
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe('Unknown value for --format: odt. Use pdf, xlsx, csv.');
    const missing = await cli(['report', '--kind', 'national', '--format', 'csv'], { env: { FORANKRING_LANG: 'en' } });
    expect(missing.stderr[0]).toBe('The command needs the option --out.');
  });

  it('documents the command in --help, in both languages', async () => {
    const nb = (await cli(['--help'])).stdout.join('\n');
    expect(nb).toContain('--kind national|region|wave|chapter|support');
    expect(nb).toContain('--format pdf|xlsx|csv');
    expect(nb).toContain('FORANKRING_CHROMIUM');
    const en = (await cli(['--help', '--lang', 'en'])).stdout.join('\n');
    expect(en).toMatch(/report +Makes a status report/);
    expect(en).toContain('[--from DATE --to DATE]');
  });
});

describe('cli report: refused filters and folders', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    // One demo database for the whole block: a refused report changes nothing in it.
    dir = mkdtempSync(join(tmpdir(), 'forankring-report-cli-'));
    db = join(dir, 'demo.sqlite');
    expect((await cli(['--db', db, 'demo'], { cwd: dir })).code).toBe(0);
    const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
    const wave = await core.dispatch('waves.create', { name: 'Bølge 1', plannedStart: '2026-01-05', plannedEnd: '2026-06-30' });
    await core.close();
    expect(wave.ok).toBe(true);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const report = (args: string[], lang: 'nb' | 'en' = 'nb') =>
    cli(['--db', db, '--lang', lang, 'report', ...args], { cwd: dir });

  it.each([
    [['--kind', 'region', '--format', 'csv', '--out', 'r.csv'], 'Rapporten «Regionstatus» trenger en enhet.'],
    [['--kind', 'region', '--unit', '9999', '--format', 'csv', '--out', 'r.csv'], 'Fant ingen enhet med koden 9999.'],
    [['--kind', 'region', '--unit', '1103', '--format', 'xlsx', '--out', 'r.xlsx'], 'Stavanger (1103) er ikke en region. Rapporten «Regionstatus» trenger en region.'],
    [['--kind', 'national', '--unit', '11', '--format', 'csv', '--out', 'r.csv'], 'Rapporten «Nasjonal status» tar ikke en enhet (fikk 11).'],
    [['--kind', 'wave', '--format', 'csv', '--out', 'r.csv'], 'Rapporten «Etappestatus» trenger en etappe.'],
    [['--kind', 'wave', '--wave', 'Bølge 9', '--format', 'pdf', '--out', 'r.pdf'], 'Fant ingen etappe med navnet «Bølge 9».'],
    [['--kind', 'chapter', '--unit', '1103', '--wave', 'Bølge 1', '--format', 'csv', '--out', 'r.csv'], 'Rapporten «Lagskort» tar ikke en etappe (fikk «Bølge 1»).'],
    [['--kind', 'chapter', '--unit', '1103', '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'csv', '--out', 'r.csv'], 'Rapporten «Lagskort» tar ikke en periode.'],
    [['--kind', 'support', '--from', '2026-01-01', '--format', 'csv', '--out', 'r.csv'], 'Perioden trenger både fra- og til-dato (fikk bare 2026-01-01).'],
    [['--kind', 'support', '--from', '2026-02-01', '--to', '2026-01-01', '--format', 'csv', '--out', 'r.csv'], 'Fra-datoen 2026-02-01 kommer etter til-datoen 2026-01-01.'],
  ])('exits 1 with the translated refusal for %j', async (args, message) => {
    const run = await report(args);
    expect(run.stderr).toEqual([message]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(existsSync(join(dir, 'r.csv')) || existsSync(join(dir, 'r.xlsx')) || existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it('refuses in English with --lang en', async () => {
    const notRegion = await report(['--kind', 'support', '--unit', '1103', '--format', 'csv', '--out', 'r.csv'], 'en');
    expect(notRegion.code).toBe(1);
    expect(notRegion.stderr).toEqual(['Stavanger (1103) is not a region. The report “Support for a period” needs a region.']);
    const order = await report(['--kind', 'national', '--from', '2026-02-01', '--to', '2026-01-01', '--format', 'csv', '--out', 'r.csv'], 'en');
    expect(order.stderr).toEqual(['The from date 2026-02-01 comes after the to date 2026-01-01.']);
  });

  it('refuses a folder that does not exist, before starting the export', async () => {
    const out = join('finnes-ikke', 'rapport.csv');
    const run = await report(['--kind', 'national', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`Mappen ${join(dir, 'finnes-ikke')} finnes ikke. Opprett den først, eller velg en annen fil med --out.`]);
    expect(existsSync(join(dir, 'finnes-ikke'))).toBe(false);
    const en = await report(['--kind', 'national', '--format', 'csv', '--out', out], 'en');
    expect(en.stderr[0]).toMatch(/^The folder .*finnes-ikke does not exist\./);
  });
});
