// forankring report through the package bin in a child process, as a weekly
// export script runs it: exit codes, the line it prints, and a PDF printed by
// the system's Chromium. Needs `npm run build` first (FORANKRING_BUILD_ROOT
// points at a build made elsewhere).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';

const ROOT = process.env.FORANKRING_BUILD_ROOT ?? resolve(__dirname, '../..');
const BUILT = existsSync(join(ROOT, 'out/main/cli.js'));

function bin(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/forankring.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: cwd },
    timeout: 120_000,
  });
}

describe('built cli: report', () => {
  it.skipIf(!BUILT)('writes a CSV and a PDF, refuses a bad filter with 1 and a bad option with 2 (needs npm run build)', () => {
    const dir = tempDir();
    expect(bin(['demo'], dir).status).toBe(0);
    mkdirSync(join(dir, 'rapporter'));

    const csv = bin(['report', '--kind', 'region', '--unit', '46', '--format', 'csv', '--out', 'rapporter/vestland.csv'], dir);
    expect(csv.stderr).toBe('');
    expect(csv.status).toBe(0);
    const csvFile = join(dir, 'rapporter', 'vestland.csv');
    expect(csv.stdout).toBe(`Rapporten er skrevet til ${csvFile}.\n`);
    const text = readFileSync(csvFile, 'utf8');
    expect(text.startsWith('\uFEFFRapport;Regionstatus')).toBe(true);
    // One row per unit with the stage it is on: Bergen is in no wave yet.
    expect(text).toMatch(/^Bergen;4601;Ikke planlagt;/m);

    const pdf = bin(['--lang', 'en', 'report', '--kind', 'national', '--format', 'pdf', '--out', join(dir, 'rapporter', 'national.pdf')], dir);
    expect(pdf.stderr).toBe('');
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toBe(`The report was written to ${join(dir, 'rapporter', 'national.pdf')}.\n`);
    const printed = execFileSync('pdftotext', [join(dir, 'rapporter', 'national.pdf'), '-'], { encoding: 'utf8' });
    expect(printed).toContain('National status');
    expect(printed).toContain('Vestland');

    const filter = bin(['report', '--kind', 'chapter', '--unit', '46', '--wave', 'Bølge 1', '--format', 'pdf', '--out', 'x.pdf'], dir);
    expect(filter.status).toBe(1);
    expect(filter.stderr).toBe('Rapporten «Lagskort» tar ikke en etappe (fikk «Bølge 1»).\n');

    const usage = bin(['report', '--kind', 'national', '--format', 'html', '--out', 'x.html'], dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr.split('\n')[0]).toBe('Ukjent verdi for --format: html. Bruk pdf, xlsx, csv.');
    expect(existsSync(join(dir, 'x.pdf')) || existsSync(join(dir, 'x.html'))).toBe(false);
  }, 180_000);
});
