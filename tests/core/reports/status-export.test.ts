// The status reports end to end through the contract: reports.start runs the
// builder and a renderer as a job, and the file read back holds the same
// figures as the dashboard.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ParamsOf } from '../../../src/shared/contract';
import type { ExportedFile } from '../../../src/shared/types';
import type { TestCore } from '../../support/db';
import { libreofficeSheets } from '../../support/libreoffice';
import { openReportFixture } from './fixture';

async function exportReport(core: TestCore, input: ParamsOf<'reports.start'>): Promise<ExportedFile> {
  const { jobId } = await core.call('reports.start', input);
  for (let i = 0; i < 1000; i++) {
    const status = await core.call('reports.status', { jobId });
    if (status.state === 'done') return core.call('reports.result', { jobId });
    if (status.state !== 'running') throw new Error(`report ${status.state}: ${JSON.stringify(status.error)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('report never finished');
}

/** The rows of the CSV section under a title line, up to the next blank line: header first. */
function csvSection(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
  expect(start).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start + 1, end === -1 ? undefined : end);
}

describe('status reports through reports.start', () => {
  it('exports the national report as CSV with the dashboard figures per region', async () => {
    const fx = await openReportFixture();
    const file = await exportReport(fx.core, { kind: 'national', format: 'csv', lang: 'nb' });
    expect(file.fileName).toBe('nasjonal-status-2026-03-15.csv');
    const parsed = Papa.parse<string[]>(Buffer.from(file.base64, 'base64').subarray(3).toString('utf8'), { delimiter: ';', newline: '\r\n' });
    const rollout = csvSection(parsed.data, 'Utrulling');
    const header = rollout[0] ?? [];
    const dashboard = await fx.core.call('rollout.dashboard', { waveId: null });
    for (const region of dashboard.regions) {
      const row = rollout.find((r) => r[0] === region.code) ?? [];
      expect(row[header.indexOf('Region')]).toBe(region.name);
      expect(Number(row[header.indexOf('Enheter')])).toBe(region.units);
      expect(Number(row[header.indexOf('Forsinket')])).toBe(region.late);
      expect(Number(row[header.indexOf('I faresonen')])).toBe(region.atRisk);
    }
    expect(csvSection(parsed.data, 'Hull i eierskap')[0]).toContain('Lagleder');
    expect(csvSection(parsed.data, 'Brukerstøtte').find((r) => r[0] === '46')?.slice(2, 4)).toEqual(['1', '2']);
  }, 30_000);

  it('exports the region report as XLSX with one typed sheet per table', async () => {
    const fx = await openReportFixture();
    const short = await exportReport(fx.core, { kind: 'region', unit: '46', format: 'xlsx', lang: 'en' });
    const brief = new ExcelJS.Workbook();
    await brief.xlsx.load(Buffer.from(short.base64, 'base64') as unknown as ExcelJS.Buffer);
    // The summary is the first sheet; without the appendix there is no stage matrix.
    expect(brief.worksheets.map((s) => s.name)).toEqual(
      ['Summary', 'Units needing attention', 'Units in the region', 'Ownership gaps', 'Training', 'Support', 'Feedback', 'About the report'],
    );
    expect(brief.worksheets[2]?.getRow(3).getCell(1).value).toBe('Bergen');

    const file = await exportReport(fx.core, { kind: 'region', unit: '46', format: 'xlsx', lang: 'en', appendix: true });
    expect(file.fileName).toBe('region-status-46-2026-03-15.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    for (const name of ['Summary', 'Ownership gaps', 'Training', 'Support', 'Appendix – Rollout']) expect(workbook.getWorksheet(name)).toBeDefined();
    const sheet = workbook.getWorksheet('Appendix – Rollout');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Code', 'Unit', 'Units', 'Not planned']);
    // The region first, the chapters after, the region as a whole last; numbers stay numbers.
    expect(sheet?.getRow(2).getCell(1).value).toBe('46');
    expect(sheet?.getRow(3).getCell(2).value).toBe('Bergen');
    const last = sheet?.getRow(sheet.rowCount);
    expect(last?.getCell(2).value).toBe('Vestland in total');
    expect(last?.getCell(3).value).toBe(44);
  }, 30_000);

  it('opens the national XLSX in LibreOffice with numbers as numbers that match the dashboard', async () => {
    const fx = await openReportFixture();
    const file = await exportReport(fx.core, { kind: 'national', format: 'xlsx', lang: 'en' });
    const sheets = await libreofficeSheets(Buffer.from(file.base64, 'base64'));
    const rollout = sheets.get('Rollout');
    expect(rollout).toBeDefined();
    const lines = rollout?.text.split(/\r?\n/) ?? [];
    const header = rollout?.rows[0] ?? [];
    const units = header.indexOf('Units');
    const late = header.indexOf('Late');
    expect(units).toBeGreaterThan(0);
    const dashboard = await fx.core.call('rollout.dashboard', { waveId: null });
    for (const region of dashboard.regions) {
      const at = rollout?.rows.findIndex((r) => r[0] === region.code) ?? -1;
      const row = rollout?.rows[at] ?? [];
      expect(row[units]).toBe(String(region.units));
      expect(row[late]).toBe(String(region.late));
      // LibreOffice quotes text cells only: the counts are bare, so they are numbers in the sheet.
      const cells = Papa.parse<string[]>(lines[at] ?? '', { delimiter: ',', quoteChar: '\u0000' }).data[0] ?? [];
      expect(cells[0]).toBe(`"${region.code}"`);
      expect(cells[units]).toBe(String(region.units));
    }
    const gaps = await fx.core.call('coverage.gaps', {});
    const gapSheet = sheets.get('Ownership gaps');
    const total = (gapSheet?.rows[0] ?? []).indexOf('Gaps in total');
    for (const region of gaps.byRegion.filter((r) => r.regionCode !== null)) {
      expect(gapSheet?.rows.find((r) => r[0] === region.regionCode)?.[total]).toBe(String(region.total));
    }
  }, 60_000);
});
