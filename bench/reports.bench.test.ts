// Status reports through the real job pipeline (reports.start, polling
// reports.status, reports.result), as the app and the CLI run them:
// - a national PDF for the demo organization, printed by headless Chromium,
//   against the same Chromium printing the report's finished HTML directly:
//   the ratio is what gathering the figures and laying out the page add;
// - a national XLSX over 5,000 units (the rollout bench's organization, with
//   people, training and a year of support cases), against the same tables
//   computed in raw SQL and written to a plain exceljs workbook;
// - a region XLSX with a row per unit, over a copy of that organization whose
//   regions were merged into one of about 5,000 units, against the same
//   tables grouped by unit in raw SQL and written the same plain way.
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../src/core';
import { BUILDERS } from '../src/core/reports/build';
import { createChromiumPrinter, type ChromiumPrinter } from '../src/core/reports/chromium-printer';
import { resolveRequest } from '../src/core/reports/filters';
import type { PrintJob } from '../src/core/reports/model';
import { buildPrintJob } from '../src/core/reports/render-html';
import { reportT } from '../src/core/reports/translate';
import { getSettings } from '../src/core/services/settings';
import { osloDate } from '../src/shared/dates';
import type { ParamsOf } from '../src/shared/contract';
import { generateOwnership } from './coverage-people';
import { mergeRegions, type MergedRegion } from './merged-region';
import { fillOwnership } from './raw/coverage-fill';
import { rawImportUnitsBatched } from './raw/import-units';
import { rawRegionTables } from './raw/report-region';
import { rawNationalTables, rawWorkbook, type RawCell, type RawTable } from './raw/report-status';
import { fillRollout } from './raw/rollout-fill';
import { fillSupportCases } from './raw/support-fill';
import { DEMO_NOW, seedReportDemo } from './report-demo';
import { generateRollout } from './rollout-data';
import { generateSupportCases } from './support-cases';
import { benchDir, call, RESOURCES_DIR, schemaTemplate, type BenchDir } from './support/dbs';
import { compare, createReport, timed } from './support/harness';
import { openRaw, type RawDb } from './support/raw-sqlite';
import { generateOrganization, organizationCsv } from './synthetic-org';

const report = createReport();
let dir: BenchDir;

beforeAll(() => {
  dir = benchDir();
});

afterAll(() => {
  report.print();
  dir.remove();
});

/** A report through the job pipeline, as the UI and the CLI fetch it: start, poll, result. */
async function exportReport(core: Core, input: ParamsOf<'reports.start'>): Promise<Buffer> {
  let status = await call(core, 'reports.start', input);
  while (status.state === 'running') {
    await sleep(2);
    status = await call(core, 'reports.status', { jobId: status.jobId });
  }
  if (status.state !== 'done') throw new Error(`report ${status.state}: ${JSON.stringify(status.error)}`);
  const file = await call(core, 'reports.result', { jobId: status.jobId });
  return Buffer.from(file.base64, 'base64');
}

/** What pdftotext reads from the PDF, as a user's tools would. */
function pdfText(bytes: Buffer): string {
  const file = dir.file('report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('national PDF for the demo organization', () => {
  let core: Core;
  let printer: ChromiumPrinter;
  let job: PrintJob;
  let clock = DEMO_NOW;

  beforeAll(async () => {
    printer = createChromiumPrinter();
    core = await openCore({ dbPath: dir.file('demo.sqlite'), resourcesDir: RESOURCES_DIR, version: 'bench', now: () => clock, printPdf: printer.print });
    const seeded = await seedReportDemo(core, (instant) => {
      clock = instant;
    });
    console.log(`demo organization: ${JSON.stringify(seeded)}`);
    // The report's own document, made once by the same builder and renderer, for the print-only side.
    const em = core.ds.manager;
    const t = await reportT('nb');
    const today = osloDate(DEMO_NOW);
    const request = await resolveRequest(em, { kind: 'national', unit: null, wave: null, from: null, to: null, format: 'pdf', separator: ';', lang: 'nb', appendix: false }, today);
    const model = await BUILDERS.national({
      em, t, lang: 'nb', today, now: DEMO_NOW, settings: await getSettings(em), request, progress: () => undefined, signal: new AbortController().signal,
    });
    job = buildPrintJob(model, t);
  });

  afterAll(async () => {
    await core.close();
    await printer.close();
  });

  it('exports the national PDF no slower than 2x Chromium printing the same page, with the same text', async () => {
    const ours = () => exportReport(core, { kind: 'national', format: 'pdf', lang: 'nb' });
    const raw = () => printer.print(job, new AbortController().signal);
    const [a, b] = [await ours(), await raw()];
    const text = pdfText(a);
    expect(text).toBe(pdfText(b));
    for (const words of ['Nasjonal status', 'Landsforbundet', 'Vestland', 'Trøndelag', 'Hele landet', 'Side 1 av']) expect(text).toContain(words);
    console.log(`national PDF: ${a.length} bytes, ${job.html.length} characters of HTML, ${(text.match(/\f/g) ?? []).length} pages`);

    report.check(
      await compare({
        name: 'national PDF, demo organization (373 units)',
        // The issue sets no goal here; Chromium's print is most of both sides and swings with
        // the machine's load (one run in three reached 1.5x on 2 busy cores), so 2x flags a real regression only.
        goal: 2,
        warmup: 2,
        reps: 9,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });
});

const UNITS = 5000;
const TODAY = '2026-03-15';
const PERIOD = { from: '2026-02-14', to: TODAY };
const SETTINGS = { basicTrainingPercent: 80, atRiskDays: 14, atRiskPercent: 50, newcomerDays: 60, expiryDays: 30 };

/** A sheet's rows as plain values, `width` cells each (an empty cell is null). */
function sheetRows(sheet: ExcelJS.Worksheet, width: number): RawCell[][] {
  const rows: RawCell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(Array.from({ length: width }, (_, i) => (row.getCell(i + 1).value ?? null) as RawCell));
  });
  return rows;
}

/** Numbers compared to nine places, so a share computed in another order still matches. */
function rounded(rows: RawCell[][]): RawCell[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)));
}

/** Reads our workbook back: its first sheets hold the raw tables' titles and rows exactly, as typed numbers. */
async function expectSameTables(bytes: Buffer, tables: readonly RawTable[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name).slice(0, tables.length)).toEqual(tables.map((t) => t.title));
  tables.forEach((table, i) => {
    const sheet = book.worksheets[i] as ExcelJS.Worksheet;
    expect(rounded(sheetRows(sheet, table.header.length))).toEqual(rounded([table.header, ...table.rows, table.totals]));
  });
}

interface StatusDbs {
  /** The 5,000-unit organization with people, rollout, training and a year of cases. */
  national: string;
  /** A copy of it, for the region case to merge its regions in. */
  copy: string;
}

/** Built once for both cases, in the first one that needs it. */
let statusDbs: Promise<StatusDbs> | undefined;

async function buildStatusDbs(): Promise<StatusDbs> {
  const org = generateOrganization({ units: UNITS, seed: 2024 });
  const ownership = generateOwnership(org, { people: 50_000, assignments: 100_000, seed: 77, today: TODAY, expiryDays: SETTINGS.expiryDays });
  const rollout = generateRollout(org, ownership, { today: TODAY, attendance: 200_000, seed: 5 });
  const path = (await schemaTemplate(dir))();
  const filler = await openRaw(path);
  await rawImportUnitsBatched(filler, Buffer.from(organizationCsv(org), 'utf8'));
  await fillOwnership(filler, ownership);
  await fillRollout(filler, rollout);
  const [{ problems } = { problems: 0 }] = await filler.all<{ problems: number }>('SELECT COUNT(*) AS problems FROM problem');
  // A year of cases up to today: the last 30 days are the report's period, the newest are still open.
  await fillSupportCases(filler, generateSupportCases(org, { cases: 100_000, seed: 11, from: '2025-03-16', days: 365, problems }));
  await filler.exec('ANALYZE');
  // Closing the only connection checkpoints the WAL, so the file alone is the whole database.
  await filler.close();
  const copy = dir.file('merged.sqlite');
  copyFileSync(path, copy);
  return { national: path, copy };
}

// The fills (and the region merge) write cases behind the core's back: the support rollups come from a rebuild.
const openStatusCore = async (path: string) => {
  const core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'bench', now: () => new Date(`${TODAY}T12:00:00Z`) });
  await core.rebuildFigures();
  return core;
};

describe(`national XLSX over ${UNITS} units`, () => {
  let core: Core;
  let db: RawDb;

  beforeAll(async () => {
    const { national } = await (statusDbs ??= buildStatusDbs());
    core = await openStatusCore(national);
    db = await openRaw(national);
  });

  afterAll(async () => {
    await db.close();
    await core.close();
  });

  it('exports the national XLSX no slower than 1.5x raw SQL and a plain workbook, with the same figures', async () => {
    const ours = () => exportReport(core, { kind: 'national', format: 'xlsx', lang: 'nb' });
    const t = await reportT('nb');
    let tables: RawTable[] = [];
    const raw = async () => {
      tables = await rawNationalTables(db, TODAY, PERIOD, SETTINGS, (key, values) => t(key, values ?? {}));
      return rawWorkbook(tables);
    };
    const bytes = await ours();
    await raw();

    // The four theme sheets hold the raw tables' rows exactly, as typed numbers.
    await expectSameTables(bytes, tables);
    const [rolloutTable, gapTable, trainingTable, supportTable] = tables as [RawTable, RawTable, RawTable, RawTable];
    // A realistic mix, so no column is trivially zero.
    expect(rolloutTable.totals[2]).toBe(UNITS);
    // The national level's own row, then the ten regions.
    expect(rolloutTable.rows).toHaveLength(11);
    expect(Number(rolloutTable.totals.at(-3))).toBeGreaterThan(200);
    expect(Number(gapTable.totals.at(-1))).toBeGreaterThan(1000);
    expect(Number(trainingTable.totals[2])).toBeGreaterThan(10_000);
    expect(Number(supportTable.totals[3])).toBeGreaterThan(5000);
    expect(Number(supportTable.totals[6])).toBeGreaterThan(100);
    console.log(`national XLSX: ${bytes.length} bytes; totals ${JSON.stringify(tables.map((t) => t.totals.slice(2)))}`);

    report.check(
      await compare({
        name: `national XLSX, ${UNITS} units / 100,000 assignments / 100,000 cases`,
        goal: 1.5,
        warmup: 1,
        reps: 7,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });

  it('exports a region XLSX, a row per unit (reported only)', async () => {
    const [region] = await db.all<{ code: string; units: number }>(
      `SELECT r.code AS code, (SELECT COUNT(*) FROM unit u WHERE u.code LIKE r.code || '%') AS units
       FROM unit r JOIN level l ON l.id = r.level_id WHERE l.rank = 1 ORDER BY units DESC LIMIT 1`,
    );
    let bytes: Buffer = Buffer.alloc(0);
    const regionMs = await timed(async () => {
      bytes = await exportReport(core, { kind: 'region', unit: region?.code ?? null, format: 'xlsx', lang: 'nb' });
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    // The region itself, each unit below it, and the totals row, under the header.
    expect((book.worksheets[0] as ExcelJS.Worksheet).actualRowCount).toBe((region?.units ?? 0) + 2);
    console.log(`region XLSX for ${region?.code} (${region?.units} units): ${regionMs.toFixed(1)} ms, ${bytes.length} bytes`);
  });
});

describe('region XLSX, a row per unit, over one region of about 5,000 units', () => {
  let core: Core;
  let db: RawDb;
  let region: MergedRegion;

  beforeAll(async () => {
    const { copy } = await (statusDbs ??= buildStatusDbs());
    const merger = await openRaw(copy);
    region = await mergeRegions(merger);
    await merger.close();
    core = await openStatusCore(copy);
    db = await openRaw(copy);
  });

  afterAll(async () => {
    await db.close();
    await core.close();
  });

  it('exports the region XLSX no slower than 1.5x raw SQL per unit and a plain workbook, with the same figures', async () => {
    const ours = () => exportReport(core, { kind: 'region', unit: region.code, format: 'xlsx', lang: 'nb' });
    const t = await reportT('nb');
    let tables: RawTable[] = [];
    const raw = async () => {
      tables = await rawRegionTables(db, region.code, TODAY, PERIOD, SETTINGS, (key, values) => t(key, values ?? {}));
      return rawWorkbook(tables);
    };
    const bytes = await ours();
    await raw();
    await expectSameTables(bytes, tables);

    const [rolloutTable, gapTable, trainingTable, supportTable] = tables as [RawTable, RawTable, RawTable, RawTable];
    // A row per active unit of the region in every table, the region first; a realistic mix, so no column is trivially zero.
    expect(region.units).toBeGreaterThan(4900);
    for (const table of tables) expect(table.rows).toHaveLength(region.units);
    expect(rolloutTable.rows[0]?.[0]).toBe(region.code);
    expect(rolloutTable.totals[2]).toBe(region.units);
    const column = (table: RawTable, i: number) => table.rows.filter((r) => Number(r[i]) > 0).length;
    // Units at every stage and all done, late, blocked and at risk.
    for (let i = 3; i < rolloutTable.header.length - 5; i++) expect(column(rolloutTable, i)).toBeGreaterThan(50);
    for (const i of [-3, -2, -1]) expect(column(rolloutTable, rolloutTable.header.length + i)).toBeGreaterThan(50);
    expect(column(gapTable, gapTable.header.length - 1)).toBeGreaterThan(500);
    expect(column(trainingTable, 2)).toBeGreaterThan(3000);
    expect(column(supportTable, 3)).toBeGreaterThan(1000);
    expect(column(supportTable, 6)).toBeGreaterThan(100);
    console.log(`region XLSX for ${region.code} (${region.units} units): ${bytes.length} bytes; totals ${JSON.stringify(tables.map((t) => t.totals.slice(2)))}`);

    report.check(
      await compare({
        name: `region XLSX, a row per unit, ${region.units} units`,
        goal: 1.5,
        warmup: 1,
        reps: 5,
        ours: () => timed(ours),
        raw: () => timed(raw),
      }),
    );
  });
});
