import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/core/reports/model';
import { renderCsv } from '../../../src/core/reports/render-csv';
import { reportT } from '../../../src/core/reports/translate';
import { formatPercent } from '../../../src/shared/format';
import { sampleModel } from './sample-model';

async function render(model: ReportModel, separator: ';' | ','): Promise<Buffer> {
  return renderCsv(model, separator, await reportT(model.lang));
}

/** The text after the byte order mark, parsed back as a spreadsheet would, blank lines kept. */
function parse(bytes: Buffer, separator: ';' | ','): string[][] {
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { delimiter: separator, newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('renderCsv', () => {
  it('writes nb with a BOM, CRLF and semicolons: the head, then each table after a blank line and its title', async () => {
    const bytes = await render(sampleModel('nb'), ';');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(parse(bytes, ';')).toEqual([
      ['Rapport', 'Nasjonal status'],
      ['Organisasjon', 'Norsk Testforbund'],
      ['Dato', '22.11.2026'],
      ['Laget', '22. nov. 2026, 10:30'],
      ['Periode', '23.10.2026 – 22.11.2026'],
      ['Språk', 'Norsk bokmål'],
      [''],
      ['Utrulling per region'],
      ['Region', 'Enheter', 'Andel i drift', 'Planlagt', 'Timer', 'Merknad'],
      ['Østfold', '1200', formatPercent('nb', 0.425), '15.01.2026', '2,5', '\'=HYPERLINK("http://x")'],
      ['Vestland', '1201', formatPercent('nb', 0.435), '', '3,5', "'-1 @note"],
      ['Trøndelag', '1202', formatPercent('nb', 0.445), '15.03.2026', '4,5', "'-2 @note"],
      ['Totalt', '3603', formatPercent('nb', 0.5), '', '', ''],
      [''],
      ['Kontakter'],
      ['Punkt', 'Verdi'],
      ['Superbruker', 'Åse Ødegård, 400 00 000'],
      ['Leverandør', "'+47 22 00 00 00"],
      [''],
      ['Ingen saker'],
      ['Sak'],
      [''],
    ]);
    // The percentage text is the shared formatter's, e.g. "42,5 %" with a no-break space.
    expect(formatPercent('nb', 0.425)).toMatch(/^42,5\s%$/);
    // No chart in the CSV: its figures are in the tables.
    expect(text).not.toContain('Steg per region');
  });

  it('writes en with commas, point decimals, ISO dates and English percentages', async () => {
    const rows = parse(await render(sampleModel('en'), ','), ',');
    expect(rows.slice(0, 6)).toEqual([
      ['Report', 'National status'],
      ['Organization', 'Norsk Testforbund'],
      ['Date', '2026-11-22'],
      ['Generated', '22 Nov 2026, 10:30'],
      ['Period', '23.10.2026 – 22.11.2026'],
      ['Language', 'English'],
    ]);
    expect(rows.slice(7, 11)).toEqual([
      ['Rollout by region'],
      ['Region', 'Units', 'Share live', 'Planned', 'Hours', 'Note'],
      ['Østfold', '1200', '42.5%', '2026-01-15', '2.5', '\'=HYPERLINK("http://x")'],
      ['Vestland', '1201', '43.5%', '', '3.5', "'-1 @note"],
    ]);
    expect(rows[12]).toEqual(['Total', '3603', '50%', '', '', '']);
  });

  it('quotes nb decimal commas when the separator is a comma, and parses back to the same text', async () => {
    const bytes = await render(sampleModel('nb'), ',');
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('"2,5"');
    expect(text).toContain('"Åse Ødegård, 400 00 000"');
    const rows = parse(bytes, ',');
    expect(rows[9]).toEqual(['Østfold', '1200', formatPercent('nb', 0.425), '15.01.2026', '2,5', '\'=HYPERLINK("http://x")']);
    expect(rows[17]).toEqual(['Leverandør', "'+47 22 00 00 00"]);
  });

  it('writes integers as plain numbers: no thousands separator, a minus kept and not neutralized', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const model = sampleModel(lang);
      model.blocks = [
        {
          type: 'table',
          table: {
            key: 'change',
            title: 'Endring',
            columns: [
              { label: 'Region', kind: 'text' },
              { label: 'Endring', kind: 'integer' },
              { label: 'Medlemmer', kind: 'integer' },
              { label: 'Timer', kind: 'decimal' },
            ],
            rows: [
              ['Vestland', -3, 1234567, 1234.56],
              ['-Troms', -1200, 0, null],
              ['@Bodø', 7, 12, 0.25],
              ['Troms', 2, 3, -1.5],
            ],
          },
        },
      ];
      const separator = lang === 'nb' ? ';' : ',';
      const text = (await render(model, separator)).subarray(3).toString('utf8');
      expect(text).toContain(lang === 'nb' ? 'Vestland;-3;1234567;1234,6\r\n' : 'Vestland,-3,1234567,1234.6\r\n');
      expect(text).toContain(lang === 'nb' ? "'-Troms;-1200;0;\r\n" : "'-Troms,-1200,0,\r\n");
      expect(text).toContain(lang === 'nb' ? "'@Bodø;7;12;" : "'@Bodø,7,12,");
      // A negative decimal stays a number: no apostrophe in front of the minus.
      expect(text).toContain(lang === 'nb' ? 'Troms;2;3;-1,5\r\n' : 'Troms,2,3,-1.5\r\n');
      const rows = parse(Buffer.from(`\ufeff${text}`), separator);
      expect(Number(rows.at(-5)?.[1])).toBe(-3);
      expect(Number(rows.at(-4)?.[1])).toBe(-1200);
    }
  });
});
