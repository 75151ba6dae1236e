// The chapter card is made to hang on the wall: printed with every
// contact filled in, it still fits one A4 sheet, and the wall reader finds
// whom to call with their phone number.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDERS } from '../../../src/core/reports/build';
import { createChromiumPrinter, type ChromiumPrinter } from '../../../src/core/reports/chromium-printer';
import { buildPrintJob } from '../../../src/core/reports/render-html';
import { reportT } from '../../../src/core/reports/translate';
import { tempDir } from '../../support/db';
import { buildReport, openReportFixture, reportRequest } from './fixture';

const run = promisify(execFile);
let printer: ChromiumPrinter;

beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});

describe('chapter card as PDF', () => {
  it('fits one A4 sheet with every holder\'s phone and e-mail, in both languages', async () => {
    const fx = await openReportFixture();
    let n = 0;
    for (const id of Object.values(fx.people)) {
      n += 1;
      await fx.core.call('people.update', { id, phone: `+47 400 00 ${String(100 + n)}`, email: `person.${n}@eksempel-forbund.no` });
    }
    const dir = tempDir();
    for (const lang of ['nb', 'en'] as const) {
      const model = await buildReport(fx.core, BUILDERS.chapter, reportRequest('chapter', { unit: '4601', lang }));
      const bytes = await printer.print(buildPrintJob(model, await reportT(lang)), new AbortController().signal);
      const file = join(dir, `chapter-${lang}.pdf`);
      writeFileSync(file, bytes);
      const info = (await run('pdfinfo', [file])).stdout;
      expect(info).toMatch(/Pages:\s+1\n/);
      expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
      expect(text).toContain(lang === 'nb' ? 'Lagskort – Bergen (4601)' : 'Chapter card – Bergen (4601)');
      expect(text).toContain('+47 400 00 1');
      expect(text).toContain('@eksempel-forbund.no');
      expect(text).toContain(lang === 'nb' ? 'Side 1 av 1' : 'Page 1 of 1');
      // Targets read "4 t" / "4 h", never "4,0"; a phone number stays on one line.
      expect(text.replace(/\u00a0/g, ' ')).toMatch(lang === 'nb' ? /\b\d+ t\b/ : /\b\d+ h\b/);
      expect(text).not.toMatch(/\b\d+[,.]0\b/);
      expect(text).toMatch(/\+47 400 00 1\d\d/);
    }
  }, 60_000);
});
