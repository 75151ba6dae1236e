// The report printed to PDF by real headless Chromium (the web host's and the
// CLI's printer) and read back with poppler's pdftotext and pdfinfo, as a
// user's tools would read it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter, findChromium, type ChromiumPrinter } from '../../../src/core/reports/chromium-printer';
import type { PrintJob, ReportModel } from '../../../src/core/reports/model';
import { buildPrintJob } from '../../../src/core/reports/render-html';
import { reportT } from '../../../src/core/reports/translate';
import { sampleModel } from './sample-model';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'forankring-pdf-'));
let printer: ChromiumPrinter;
let fileNo = 0;

beforeAll(() => {
  printer = createChromiumPrinter();
});

afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

async function jobFor(model: ReportModel): Promise<PrintJob> {
  return buildPrintJob(model, await reportT(model.lang));
}

async function print(job: PrintJob): Promise<string> {
  const bytes = await printer.print(job, new AbortController().signal);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const path = join(dir, `report-${++fileNo}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** pdftotext -layout; poppler writes non-breaking spaces as is, so they are made plain for matching. */
async function text(path: string, pages?: { first: number; last: number }): Promise<string> {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, path, '-']);
  return stdout.replace(/\u00a0|\u202f/g, ' ');
}

async function info(path: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  const size = /^Page size:\s+(.+)$/m.exec(stdout)?.[1] ?? '';
  return { pages, size };
}

// A4 is 595 x 842 pt; Chromium rounds it a little differently from CSS (@page) than from its own paper list.
const PORTRAIT = /^59[4-6]\.\d+ x 84[12]\.\d+ pts/;
const LANDSCAPE = /^84[12]\.\d+ x 59[4-6]\.\d+ pts/;

describe('Chromium PDF printer', () => {
  it('finds a Chromium here, preferring FORANKRING_CHROMIUM', () => {
    expect(findChromium(process.env)).toMatch(/chrom/i);
    expect(findChromium({ FORANKRING_CHROMIUM: '/opt/custom/chrome' }, () => false)).toBe('/opt/custom/chrome');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({ ProgramFiles: 'D:\\Apps' }, (p) => p === 'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe')).toBe(
      'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe',
    );
    expect(findChromium({}, () => false)).toBeNull();
  });

  it('prints a Norwegian report on A4 that pdftotext reads back: title, regions, numbers, page numbers', async () => {
    const path = await print(await jobFor(sampleModel('nb')));
    expect(await info(path)).toEqual({ pages: 1, size: expect.stringMatching(PORTRAIT) });
    const body = await text(path);
    for (const expected of [
      'Norsk Testforbund · Nasjonal status', // page header
      'Nasjonal status',
      'Dato         22. november 2026',
      'Steg per region',
      'Forberedelse', // chart legend, drawn as SVG text
      'Utrulling per region',
      'Østfold',
      'Vestland',
      'Trøndelag',
      '1 200',
      '42,5 %',
      '15.01.2026',
      'Totalt',
      '3 603',
      'Åse Ødegård',
      'Ingen saker i perioden.',
      'Side 1 av 1', // page footer
    ]) {
      expect(body, expected).toContain(expected);
    }
    expect(body).toMatch(/22\. november 2026\s+Side 1 av 1/);
  });

  it('prints the English report with English words and number formats', async () => {
    const body = await text(await print(await jobFor(sampleModel('en'))));
    for (const expected of ['Norsk Testforbund · National status', 'Rollout by region', 'Share live', '1,200', '42.5%', '15/01/2026', 'Total', '3,603', 'Page 1 of 1']) {
      expect(body, expected).toContain(expected);
    }
    expect(body).not.toContain('Side 1');
  });

  it('prints a long table over several pages, repeating the column headers and numbering every page', async () => {
    const path = await print(await jobFor(sampleModel('nb', 400)));
    const { pages, size } = await info(path);
    expect(size).toMatch(PORTRAIT);
    expect(pages).toBeGreaterThanOrEqual(5);
    const second = await text(path, { first: 2, last: 2 });
    expect(second).toMatch(/Region\s+Enheter\s+Andel i drift\s+Planlagt\s+Timer\s+Merknad/);
    expect(second).toContain('Norsk Testforbund · Nasjonal status');
    expect(second).toContain(`Side 2 av ${pages}`);
    // The page where the table ends (its totals row) repeats the header too; the last page is numbered.
    const pageTexts = await Promise.all(Array.from({ length: pages }, (_, i) => text(path, { first: i + 1, last: i + 1 })));
    const totalsPage = pageTexts.find((p) => p.includes('Totalt')) ?? '';
    expect(totalsPage).toMatch(/Region\s+Enheter/);
    expect(pageTexts[pages - 1]).toContain(`Side ${pages} av ${pages}`);
    // Every row is printed exactly once: none lost or doubled at a page break.
    const all = await text(path);
    const notes = [...all.matchAll(/-(\d+) @note/g)].map((m) => Number(m[1]));
    expect(notes).toEqual(Array.from({ length: 399 }, (_, i) => i + 1));
  });

  it('prints landscape pages for a landscape model', async () => {
    const path = await print(await jobFor({ ...sampleModel('en'), landscape: true }));
    expect((await info(path)).size).toMatch(LANDSCAPE);
  });

  it('applies the stylesheet under the CSP only while its hash matches', async () => {
    // The stylesheet's @page rule decides the orientation (preferCSSPageSize), so the page size shows whether it applied.
    const landscapeHtml = (await jobFor({ ...sampleModel('en'), landscape: true })).html;
    const portraitJob = await jobFor(sampleModel('en'));
    expect((await info(await print({ ...portraitJob, html: landscapeHtml }))).size).toMatch(LANDSCAPE);
    const tampered = landscapeHtml.replace('<style>', '<style>h1 { color: red; }\n');
    expect(tampered).not.toBe(landscapeHtml);
    const path = await print({ ...portraitJob, html: tampered });
    expect((await info(path)).size).toMatch(PORTRAIT);
    expect(await text(path)).toContain('National status');
  });

  it('rejects with an AbortError when cancelled, before or during a print, and keeps working', async () => {
    const job = await jobFor(sampleModel('nb', 400));
    const before = new AbortController();
    before.abort();
    await expect(printer.print(job, before.signal)).rejects.toMatchObject({ name: 'AbortError' });

    const during = new AbortController();
    const started = Date.now();
    const printing = printer.print(job, during.signal);
    setTimeout(() => during.abort(), 50);
    await expect(printing).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2_000);

    const body = await text(await print(await jobFor(sampleModel('nb'))));
    expect(body).toContain('Side 1 av 1');
  });

  it('refuses with PDF_UNAVAILABLE when the browser cannot start', async () => {
    const broken = createChromiumPrinter({ executablePath: join(dir, 'no-such-chromium') });
    try {
      await expect(broken.print(await jobFor(sampleModel('nb')), new AbortController().signal)).rejects.toMatchObject({ code: 'PDF_UNAVAILABLE' });
    } finally {
      await broken.close();
    }
  });
});
