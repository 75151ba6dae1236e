// Opens a spreadsheet the way a user's own tools would: LibreOffice, headless,
// converting every sheet to CSV. Each call gets its own profile directory, so
// test files running side by side do not fight over one LibreOffice profile.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Papa from 'papaparse';

const run = promisify(execFile);

/** A cold start with a fresh profile takes a few seconds; a hung office must not hang the suite. */
export const LIBREOFFICE_TIMEOUT_MS = 90_000;

/**
 * The "Text - txt - csv (StarCalc)" filter options: comma (44), double quote (34),
 * UTF-8 (76), from line 1, no cell formats, US English (1033) so the output does
 * not follow the machine's locale, quote all text cells (so a number stored as
 * text shows as "1200" and a real number as 1200), detect special numbers,
 * cell content as shown (a date cell in the cell's own date format), no
 * formulas, keep spaces, and -1: every sheet to its own file named
 * "<file>-<sheet name>.csv" (LibreOffice 7.2 and later).
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,true,false,false,-1';

export interface ConvertedSheet {
  /** The CSV as LibreOffice wrote it: text cells quoted, numbers and dates bare. */
  text: string;
  rows: string[][];
}

/** The version line, e.g. "LibreOffice 7.4.7.2 40(Build:2)". */
export async function libreofficeVersion(): Promise<string> {
  const { stdout } = await run('libreoffice', ['--version'], { timeout: LIBREOFFICE_TIMEOUT_MS });
  return stdout.trim();
}

/** Converts an XLSX file to CSV with LibreOffice; returns each sheet by its name. */
export async function libreofficeSheets(xlsx: Buffer): Promise<Map<string, ConvertedSheet>> {
  const dir = await mkdtemp(join(tmpdir(), 'forankring-lo-'));
  try {
    const source = join(dir, 'report.xlsx');
    const outDir = join(dir, 'out');
    await writeFile(source, xlsx);
    await run(
      'libreoffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', outDir, source],
      { timeout: LIBREOFFICE_TIMEOUT_MS },
    );
    const sheets = new Map<string, ConvertedSheet>();
    for (const file of (await readdir(outDir)).sort()) {
      const m = /^report-(.+)\.csv$/.exec(file);
      if (!m?.[1]) continue;
      const text = await readFile(join(outDir, file), 'utf8');
      sheets.set(m[1], { text, rows: Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data });
    }
    return sheets;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
