// forankring report writes real files: each read back with a reader a user's
// tools would use (pdftotext, exceljs, a CSV parser), on the report fixture's
// data (the demo organization with a rollout, roles, training and support
// cases), with "now" fixed at the fixture's Sunday 15 March 2026.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { openCore } from '../../src/core';
import type { Envelope } from '../../src/shared/errors';
import type { Dashboard } from '../../src/shared/types-rollout';
import { RESOURCES_DIR } from '../support/db';
import { openReportFixture, REPORT_NOW } from '../core/reports/fixture';

let dir: string;
let db: string;

beforeAll(async () => {
  // The fixture's core belongs to the first test's cleanup; the CLI works on a copy of its file.
  dir = mkdtempSync(join(tmpdir(), 'forankring-report-files-'));
  db = join(dir, 'org.sqlite');
  const fx = await openReportFixture();
  await fx.core.ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  copyFileSync(fx.core.ctx.dbPath, db);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(args: string[], lang: 'nb' | 'en' = 'nb', env: NodeJS.ProcessEnv = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(['--db', db, '--lang', lang, 'report', ...args], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, {
    cwd: dir, env, resourcesDir: RESOURCES_DIR, version: 'test', now: () => REPORT_NOW,
  });
  return { code, stdout, stderr };
}

/** The CSV's rows, after checking the BOM and CRLF line ends. */
function csvRows(file: string, delimiter: string): string[][] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data;
}

describe('cli report: the files it writes', () => {
  it('writes a national status CSV with semicolons in nb, and says where', async () => {
    const run = await report(['--kind', 'national', '--format', 'csv', '--out', 'nasjonal.csv']);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`Rapporten er skrevet til ${join(dir, 'nasjonal.csv')}.`]);
    const rows = csvRows(join(dir, 'nasjonal.csv'), ';');
    const cells = rows.flat();
    expect(cells).toContain('Landsforbundet');
    for (const region of ['Vestland', 'Oslo', 'Rogaland', 'Trøndelag']) expect(cells).toContain(region);
    // Vestland's row in the rollout table: its code, name and unit count (the region and its 43 chapters).
    const vestland = rows.find((r) => r[0] === '46' && r[1] === 'Vestland');
    expect(vestland?.[2]).toBe('44');
    // The rollout table's totals row (the first "Hele landet") agrees with the dashboard on the same file and day.
    const core = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR, now: () => REPORT_NOW });
    const dashboard = (await core.dispatch('rollout.dashboard', { waveId: null })) as Envelope<Dashboard>;
    await core.close();
    if (!dashboard.ok) throw new Error(dashboard.error.code);
    const { units, late, blocked, atRisk } = dashboard.value.national;
    const total = rows.find((r) => r[1] === 'Hele landet') ?? [];
    expect([total[2], ...total.slice(-3)]).toEqual([units, late, blocked, atRisk].map(String));
    expect(late).toBeGreaterThan(0);
  });

  it('writes the comma-separated CSV in English', async () => {
    const run = await report(['--kind', 'national', '--format', 'csv', '--separator', ',', '--out', 'national.csv'], 'en');
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`The report was written to ${join(dir, 'national.csv')}.`]);
    const rows = csvRows(join(dir, 'national.csv'), ',');
    expect(rows.flat()).toContain('National status');
    expect(rows.find((r) => r[0] === '46')?.[1]).toBe('Vestland');
  });

  it('writes a region status workbook with typed numbers, for the region given by --unit, with the appendix on --appendix', async () => {
    const short = await report(['--kind', 'region', '--unit', '46', '--format', 'xlsx', '--out', 'short.xlsx']);
    expect(short.code).toBe(0);
    const brief = new ExcelJS.Workbook();
    await brief.xlsx.load(readFileSync(join(dir, 'short.xlsx')) as unknown as ArrayBuffer);
    expect(brief.worksheets[0]?.name).toBe('Sammendrag');
    expect(brief.getWorksheet('Vedlegg – Utrulling')).toBeUndefined();

    const run = await report(['--kind', 'region', '--unit', '46', '--appendix', '--format', 'xlsx', '--out', 'vestland.xlsx']);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, 'vestland.xlsx')) as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThanOrEqual(5);
    const rollout = book.getWorksheet('Vedlegg – Utrulling');
    const bergen = rollout?.getRows(1, rollout.rowCount)?.find((r) => r.getCell(1).value === '4601');
    expect(bergen?.getCell(2).value).toBe('Bergen');
    // One unit, typed as a number, not the text "1".
    expect(bergen?.getCell(3).value).toBe(1);
    const codes = rollout?.getColumn(1).values.filter((v) => typeof v === 'string') ?? [];
    expect(codes).toContain('46');
    expect(codes.some((c) => String(c).startsWith('11'))).toBe(false);
  });

  it('prints a national status PDF with Chromium, in the language asked for', async () => {
    const run = await report(['--kind', 'national', '--format', 'pdf', '--out', 'national.pdf'], 'en');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const file = join(dir, 'national.pdf');
    expect(run.stdout).toEqual([`The report was written to ${file}.`]);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('National status');
    expect(text).toContain('Landsforbundet');
    for (const region of ['Vestland', 'Oslo', 'Rogaland']) expect(text).toContain(region);
    expect(text).toMatch(/Page 1 of \d+/);
  }, 60_000);

  it('writes a chapter card PDF in nb and a support CSV for a period', async () => {
    const pdf = await report(['--kind', 'chapter', '--unit', '4601', '--format', 'pdf', '--out', 'bergen.pdf']);
    expect(pdf.stderr).toEqual([]);
    expect(pdf.code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'bergen.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Bergen');
    expect(text).toMatch(/Side 1 av \d+/);

    const csv = await report(['--kind', 'support', '--from', '2026-03-01', '--to', '2026-03-15', '--format', 'csv', '--out', 'support.csv'], 'en');
    expect(csv.stderr).toEqual([]);
    expect(csv.code).toBe(0);
    const cells = csvRows(join(dir, 'support.csv'), ';').flat();
    expect(cells.some((c) => c.includes('2026-03-01') || c.includes('1 March 2026'))).toBe(true);
  }, 60_000);

  it('writes a wave status workbook for the wave named by --wave', async () => {
    const run = await report(['--kind', 'wave', '--wave', 'Etappe 1', '--format', 'xlsx', '--out', 'etappe.xlsx']);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, 'etappe.xlsx')) as unknown as ArrayBuffer);
    const values = book.worksheets.flatMap((s) => s.getSheetValues().flat().filter((v) => typeof v === 'string'));
    expect(values).toContain('Bergen');
    expect(values).toContain('Oslo');
    expect(values).not.toContain('Stavanger');
  });

  it('exits 1 with the translated PDF_UNAVAILABLE when FORANKRING_CHROMIUM points at no browser', async () => {
    const env = { FORANKRING_CHROMIUM: join(dir, 'ingen-chromium') };
    const run = await report(['--kind', 'national', '--format', 'pdf', '--out', 'ingen.pdf'], 'nb', env);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr[0]).toBe('PDF kan ikke lages her: fant ingen Chromium eller Chrome. Installer Chromium, eller pek på den med FORANKRING_CHROMIUM.');
    expect(existsSync(join(dir, 'ingen.pdf'))).toBe(false);
  });

  it('exits 1 with a translated message when the file cannot be written', async () => {
    mkdirSync(join(dir, 'mappe.csv'));
    const run = await report(['--kind', 'national', '--format', 'csv', '--out', 'mappe.csv']);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toEqual(['Kunne ikke skrive filen mappe.csv (EISDIR).']);
  });
});
