// A wave of 83 units printed to PDF by headless Chromium: the summary on the
// first page, one row per unit after it, a few pages in all; the per-stage
// appendix (six rows per unit) only when asked for, starting on its own page.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWaveReport } from '../../../src/core/reports/build-wave';
import { createChromiumPrinter, type ChromiumPrinter } from '../../../src/core/reports/chromium-printer';
import { buildPrintJob } from '../../../src/core/reports/render-html';
import { reportT } from '../../../src/core/reports/translate';
import { tempDir } from '../../support/db';
import { buildReport, openReportFixture, reportRequest, STAGE_KEYS, tableOf } from './fixture';

const run = promisify(execFile);
let printer: ChromiumPrinter;

beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});

async function pages(file: string): Promise<number> {
  return Number(/^Pages:\s+(\d+)/m.exec((await run('pdfinfo', [file])).stdout)?.[1]);
}

describe('wave report as PDF', () => {
  it('prints an 83-unit wave on a few pages, the summary first, the appendix only when asked', async () => {
    const fx = await openReportFixture();
    const wave = await fx.core.call('waves.create', { name: 'Etappe 3', plannedStart: '2026-02-01', plannedEnd: '2026-05-31' });
    const stages = await fx.core.call('stages.list');
    for (const [i, key] of STAGE_KEYS.entries()) {
      const stage = stages.find((s) => s.key === key);
      if (stage) await fx.core.call('waves.setStageDate', { waveId: wave.id, stageId: stage.id, plannedDate: `2026-0${2 + Math.floor(i / 2)}-1${i % 2}` });
    }
    // 83 chapters from regions in no other wave (Etappe 1 is 46 and 03, Etappe 2 is 11).
    const tree = await fx.core.call('units.tree', {});
    const chapters = tree.filter((u) => u.code.length === 4 && !['46', '03', '11'].includes(u.code.slice(0, 2))).slice(0, 83);
    expect(chapters).toHaveLength(83);
    for (const u of chapters) await fx.core.call('waves.moveUnit', { unitId: u.id, waveId: wave.id, reason: 'Etappe 3' });

    const dir = tempDir();
    const printed: Record<string, { pages: number; text: string }> = {};
    for (const appendix of [false, true]) {
      const model = await buildReport(fx.core, buildWaveReport, reportRequest('wave', { wave: 'Etappe 3', appendix }));
      expect(tableOf(model, 'units').rows).toHaveLength(83);
      const bytes = await printer.print(buildPrintJob(model, await reportT('nb')), new AbortController().signal);
      const file = join(dir, `wave-${String(appendix)}.pdf`);
      writeFileSync(file, bytes);
      const first = (await run('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'])).stdout;
      printed[String(appendix)] = { pages: await pages(file), text: first };
    }
    const brief = printed.false;
    const full = printed.true;
    if (!brief || !full) throw new Error('not printed');
    // A board reads a few pages: the summary and 83 one-line rows.
    expect(brief.pages).toBeLessThanOrEqual(4);
    expect(brief.text).toContain('Sammendrag');
    expect(brief.text).toContain('Andel i drift');
    expect(brief.text).toContain('Enheter som trenger oppfølging');
    // Six rows per unit more: many pages, all after the short report.
    expect(full.pages).toBeGreaterThan(brief.pages + 5);
  }, 120_000);
});
