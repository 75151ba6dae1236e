// «Bruk» in the national, region and chapter reports: the newest month against the targets and
// the units in operation but unused, in the model and read back from CSV, XLSX and PDF.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BUILDERS } from '../../../src/core/reports/build';
import { createChromiumPrinter } from '../../../src/core/reports/chromium-printer';
import { buildPrintJob } from '../../../src/core/reports/render-html';
import { reportT } from '../../../src/core/reports/translate';
import type { ParamsOf } from '../../../src/shared/contract';
import type { ExportedFile } from '../../../src/shared/types';
import { tempDir, type TestCore } from '../../support/db';
import { buildReport, reportRequest, tableOf, tableRecords, totalsRecord } from '../reports/fixture';
import { importRows, usageSetup } from './usage-fixture';

const run = promisify(execFile);

async function exportReport(core: TestCore, input: ParamsOf<'reports.start'>): Promise<ExportedFile> {
  const { jobId } = await core.call('reports.start', input);
  for (let i = 0; i < 1000; i++) {
    const status = await core.call('reports.status', { jobId });
    if (status.state === 'done') return core.call('reports.result', { jobId });
    if (status.state !== 'running') throw new Error(`report ${status.state}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('report never finished');
}

async function setup() {
  const fx = await usageSetup();
  await fx.core.call('usage.setTargets', { targets: [{ levelId: fx.chapterLevel.levelId, activePercent: 80, signInsPerMember: 1.5 }] });
  const live = (await fx.core.call('stages.list')).find((s) => s.key === 'live');
  await fx.core.call('rollout.setStage', { unitId: fx.org.bø.id, stageId: live?.id ?? 0, state: 'done', doneDate: '2025-06-01' });
  await importRows(fx, ['0101;2026-01;8;150', '0102;2026-01;3;100', '0201;2026-01;1;1', '0101;2026-02;8;150', '0102;2026-02;3;100', '0201;2026-02;1;2']);
  return fx;
}

describe('usage in the reports', () => {
  it('adds a usage table per region, per unit of a region, and for the chapter, with the unused counted where they are', async () => {
    const fx = await setup();
    const national = tableOf(await buildReport(fx.core, BUILDERS.national, reportRequest('national')), 'usage');
    expect(national.title).toBe('Bruk');
    expect(national.caption).toContain('februar 2026');
    expect(national.columns.map((c) => c.label)).toEqual([
      'Kode', 'Region', 'Aktive brukere', 'Rolleinnehavere', 'Andel aktive', 'Måltall aktive', 'Innlogginger per medlem', 'Måltall innlogginger', 'I drift, men ubrukt',
    ]);
    expect(tableRecords(national).map((r) => [r.Region, r['Aktive brukere'], r.Rolleinnehavere, r['I drift, men ubrukt']])).toEqual([
      ['Nasjonalt nivå', 0, 0, 0], ['Østlandet', 11, 15, 0], ['Vestlandet', 1, 4, 1],
    ]);
    expect(totalsRecord(national)).toMatchObject({ 'Aktive brukere': 12, Rolleinnehavere: 19, 'I drift, men ubrukt': 1 });

    const region = tableOf(await buildReport(fx.core, BUILDERS.region, reportRequest('region', { unit: '01', lang: 'en' })), 'usage');
    expect(tableRecords(region).map((r) => [r.Unit, r['Share active'], r['Target active'], r['Sign-ins per member']])).toEqual([
      ['Østlandet', null, null, null], ['Herøy', 0.8, 0.8, 1.5], ['Våler', 0.6, 0.8, 2],
    ]);
    expect(totalsRecord(region)).toMatchObject({ 'Active users': 11, 'Role holders': 15, 'In operation but unused': 0 });

    const chapter = tableOf(await buildReport(fx.core, BUILDERS.chapter, reportRequest('chapter', { unit: '0201' })), 'usage');
    expect(tableRecords(chapter)).toEqual([{
      Kode: '0201', Enhet: 'Bø', 'Aktive brukere': 1, Rolleinnehavere: 4, 'Andel aktive': 0.25, 'Måltall aktive': 0.8,
      'Innlogginger per medlem': 0.05, 'Måltall innlogginger': 1.5, 'I drift, men ubrukt': 1,
    }]);
  });

  it('leaves the table out before any usage is imported', async () => {
    const fx = await usageSetup();
    const model = await buildReport(fx.core, BUILDERS.national, reportRequest('national'));
    expect(() => tableOf(model, 'usage')).toThrow('no table usage');
  });

  it('reads back the same figures from CSV, XLSX and PDF', async () => {
    const fx = await setup();
    const csv = await exportReport(fx.core, { kind: 'national', format: 'csv', lang: 'nb' });
    const rows = Papa.parse<string[]>(Buffer.from(csv.base64, 'base64').subarray(3).toString('utf8'), { delimiter: ';', newline: '\r\n' }).data;
    const start = rows.findIndex((r) => r.length === 1 && r[0] === 'Bruk');
    expect(start).toBeGreaterThan(0);
    expect(rows[start + 1]?.slice(0, 4)).toEqual(['Kode', 'Region', 'Aktive brukere', 'Rolleinnehavere']);
    expect(rows.slice(start + 2).find((r) => r[0] === '02')?.slice(1, 4)).toEqual(['Vestlandet', '1', '4']);

    const xlsx = await exportReport(fx.core, { kind: 'region', unit: '01', format: 'xlsx', lang: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Usage');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['Code', 'Unit', 'Active users', 'Role holders', 'Share active']);
    const våler = sheet?.getRow(4);
    expect([våler?.getCell(2).value, våler?.getCell(3).value, våler?.getCell(5).value]).toEqual(['Våler', 3, 0.6]);

    const printer = createChromiumPrinter();
    try {
      const model = await buildReport(fx.core, BUILDERS.chapter, reportRequest('chapter', { unit: '0201' }));
      const file = join(tempDir(), 'chapter.pdf');
      writeFileSync(file, await printer.print(buildPrintJob(model, await reportT('nb')), new AbortController().signal));
      const text = (await run('pdftotext', ['-layout', file, '-'])).stdout.replace(/\u00a0/g, ' ');
      expect(text).toContain('Bruk i februar 2026 mot måltallene per nivå');
      expect(text).toMatch(/Bø\s+1\s+4\s+25 %\s+80 %/);
    } finally {
      await printer.close();
    }
  }, 60_000);
});
