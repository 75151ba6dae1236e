import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportModel, ReportTable } from '../../../src/core/reports/model';
import { renderXlsx } from '../../../src/core/reports/render-xlsx';
import { sheetNames } from '../../../src/core/reports/sheet-names';
import { reportT } from '../../../src/core/reports/translate';
import type { Lang } from '../../../src/shared/types';
import { LIBREOFFICE_TIMEOUT_MS, libreofficeSheets } from '../../support/libreoffice';
import { sampleModel } from './sample-model';

async function render(model: ReportModel, progress: (f: number) => void = () => {}): Promise<Buffer> {
  return renderXlsx(model, await reportT(model.lang), progress);
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name} among ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return found;
}

function rolloutTable(model: ReportModel): ReportTable {
  const block = model.blocks.find((b) => b.type === 'table' && b.table.key === 'rollout');
  if (block?.type !== 'table') throw new Error('sample model without rollout table');
  return block.table;
}

const NAMES: Record<Lang, { rollout: string; contacts: string; empty: string; about: string; chart: string }> = {
  nb: { rollout: 'Utrulling per region', contacts: 'Kontakter', empty: 'Ingen saker', about: 'Om rapporten', chart: 'Steg per region' },
  en: { rollout: 'Rollout by region', contacts: 'Contacts', empty: 'No cases', about: 'About the report', chart: 'Stages per region' },
};

describe('renderXlsx read back with exceljs', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`writes one typed sheet per table and facts block, then the head (${lang})`, async () => {
      const names = NAMES[lang];
      const workbook = await load(await render(sampleModel(lang)));
      expect(workbook.worksheets.map((s) => s.name)).toEqual([names.rollout, names.contacts, names.empty, names.about]);
      expect(workbook.creator).toBe('Forankring');
      expect(workbook.title).toBe(lang === 'nb' ? 'Nasjonal status' : 'National status');
      expect(workbook.created.toISOString()).toBe('2026-11-22T09:30:00.000Z');

      const rollout = sheet(workbook, names.rollout);
      for (const s of workbook.worksheets) {
        expect(s.getCell('A1').font?.bold, s.name).toBe(true);
        expect(s.views[0], s.name).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(s.autoFilter, s.name).toBeTruthy();
      }
      expect(rollout.getRow(1).values).toEqual([undefined, 'Region', ...rolloutTable(sampleModel(lang)).columns.slice(1).map((c) => c.label)]);

      const ostfold = rollout.getRow(2);
      expect(ostfold.getCell(1).value).toBe('Østfold');
      expect(ostfold.getCell(2).value).toBe(1200);
      expect(typeof ostfold.getCell(2).value).toBe('number');
      expect(ostfold.getCell(2).type).toBe(ExcelJS.ValueType.Number);
      expect(ostfold.getCell(3).value).toBeCloseTo(0.425, 10);
      expect(ostfold.getCell(3).numFmt).toBe('0.0%');
      const planned = ostfold.getCell(4);
      expect(planned.type).toBe(ExcelJS.ValueType.Date);
      expect(planned.value).toEqual(new Date(Date.UTC(2026, 0, 15)));
      expect(planned.numFmt).toBe(lang === 'nb' ? 'dd.mm.yyyy' : 'yyyy-mm-dd');
      expect(ostfold.getCell(5).value).toBe(2.5);
      expect(ostfold.getCell(5).numFmt).toBe('0.0');
      // Formula-like text is a string cell with no apostrophe: the cell type keeps Excel from running it.
      expect(ostfold.getCell(6).value).toBe('=HYPERLINK("http://x")');
      expect(ostfold.getCell(6).type).toBe(ExcelJS.ValueType.String);
      expect(ostfold.font?.bold).toBeFalsy();

      const vestland = rollout.getRow(3);
      expect(vestland.getCell(4).type).toBe(ExcelJS.ValueType.Null);
      expect(vestland.getCell(6).value).toBe('-1 @note');
      expect(vestland.getCell(6).type).toBe(ExcelJS.ValueType.String);

      // Header, three rows, then the totals in bold as the very last row.
      expect(rollout.rowCount).toBe(5);
      const totals = rollout.getRow(5);
      expect(totals.getCell(1).value).toBe(lang === 'nb' ? 'Totalt' : 'Total');
      expect(totals.getCell(2).value).toBe(3603);
      expect(totals.getCell(3).value).toBe(0.5);
      expect(totals.getCell(1).font?.bold).toBe(true);
      expect(totals.getCell(2).font?.bold).toBe(true);

      // Widths fit what is shown: the percent column is as wide as its header, not as 0.43500000000000005.
      expect(rollout.getColumn(3).width).toBe((rolloutTable(sampleModel(lang)).columns[2]?.label.length ?? 0) + 2);
      expect(rollout.getColumn(6).width).toBeGreaterThanOrEqual('=HYPERLINK("http://x")'.length);

      const contacts = sheet(workbook, names.contacts);
      expect(contacts.getRow(1).values).toEqual([undefined, lang === 'nb' ? 'Punkt' : 'Item', lang === 'nb' ? 'Verdi' : 'Value']);
      expect(contacts.getRow(2).values).toEqual([undefined, lang === 'nb' ? 'Superbruker' : 'Super-user', 'Åse Ødegård, 400 00 000']);
      expect(contacts.getCell('B3').value).toBe('+47 22 00 00 00');
      expect(contacts.getCell('B3').type).toBe(ExcelJS.ValueType.String);

      const empty = sheet(workbook, names.empty);
      expect(empty.rowCount).toBe(1);
      expect(empty.getCell('A1').value).toBe(lang === 'nb' ? 'Sak' : 'Case');

      // No sheet for the chart: its figures are in the tables.
      expect(workbook.getWorksheet(names.chart)).toBeUndefined();
    });

    it(`ends with the report head: organization, title, date cell, time made, filters, language once (${lang})`, async () => {
      const workbook = await load(await render(sampleModel(lang)));
      const about = sheet(workbook, NAMES[lang].about);
      const rows: unknown[][] = [];
      about.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
      expect(rows).toEqual(
        lang === 'nb'
          ? [
              ['Punkt', 'Verdi'],
              ['Rapport', 'Nasjonal status'],
              ['Organisasjon', 'Norsk Testforbund'],
              ['Dato', new Date(Date.UTC(2026, 10, 22))],
              ['Laget', '22. nov. 2026, 10:30'],
              ['Periode', '23.10.2026 – 22.11.2026'],
              ['Språk', 'Norsk bokmål'],
            ]
          : [
              ['Item', 'Value'],
              ['Report', 'National status'],
              ['Organization', 'Norsk Testforbund'],
              ['Date', new Date(Date.UTC(2026, 10, 22))],
              ['Generated', '22 Nov 2026, 10:30'],
              ['Period', '23.10.2026 – 22.11.2026'],
              ['Language', 'English'],
            ],
      );
      expect(about.getCell('B4').numFmt).toBe(lang === 'nb' ? 'dd.mm.yyyy' : 'yyyy-mm-dd');
    });
  }

  it('adds the language to the head when the filters leave it out', async () => {
    const model = { ...sampleModel('en'), filters: [] };
    const about = sheet(await load(await render(model)), NAMES.en.about);
    expect(about.getRow(about.rowCount).values).toEqual([undefined, 'Language', 'English']);
  });

  it('reports progress per sheet, rising to 1', async () => {
    const seen: number[] = [];
    await render(sampleModel('nb'), (f) => seen.push(f));
    expect(seen).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('renders a table of 5,000 rows with every row typed and the totals last', async () => {
    const started = Date.now();
    const bytes = await render(sampleModel('nb', 5000));
    const workbook = await load(bytes);
    const rollout = sheet(workbook, NAMES.nb.rollout);
    expect(rollout.rowCount).toBe(5002);
    expect(rollout.getCell('A4001').value).toBe('Troms 3999');
    expect(rollout.getCell('B4001').value).toBe(1200 + 3999);
    expect(rollout.getCell('D4001').value).toEqual(new Date(Date.UTC(2026, 3, 15)));
    expect(rollout.getCell('A5002').value).toBe('Totalt');
    expect(rollout.getCell('B5002').value).toBe(Array.from({ length: 5000 }, (_, i) => 1200 + i).reduce((a, b) => a + b, 0));
    expect(rollout.getCell('B5002').font?.bold).toBe(true);
    console.log(`5,000-row XLSX: ${bytes.length} bytes, rendered and read back in ${Date.now() - started} ms`);
  });
});

describe('renderXlsx facts', () => {
  it('writes counts, hours and shares as number cells with a number format, and no figure as an empty cell', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const model = sampleModel(lang);
      model.blocks = [
        {
          type: 'facts',
          facts: {
            key: 'totals',
            title: 'Totals',
            items: [
              { label: 'Opened', value: '83', number: { kind: 'integer', value: 83 } },
              { label: 'Median', value: '0,0 timer', number: { kind: 'hours', value: 0 } },
              { label: 'P90', value: '-1,5 timer', number: { kind: 'hours', value: -1.5 } },
              { label: 'Local', value: '50 %', number: { kind: 'percent', value: 0.5 } },
              { label: 'None', value: '–', number: { kind: 'percent', value: null } },
              { label: 'Phone', value: '+47 22 00 00 00' },
            ],
          },
        },
      ];
      const totals = sheet(await load(await render(model)), 'Totals');
      const cell = (row: number) => totals.getCell(row, 2);
      expect([cell(2).value, cell(2).type, cell(2).numFmt]).toEqual([83, ExcelJS.ValueType.Number, '0']);
      expect([cell(3).value, cell(3).type, cell(3).numFmt]).toEqual([0, ExcelJS.ValueType.Number, `0.0 "${lang === 'nb' ? 'timer' : 'hours'}"`]);
      expect([cell(4).value, cell(4).type]).toEqual([-1.5, ExcelJS.ValueType.Number]);
      expect([cell(5).value, cell(5).type, cell(5).numFmt]).toEqual([0.5, ExcelJS.ValueType.Number, '0.0%']);
      expect(cell(6).type).toBe(ExcelJS.ValueType.Null);
      expect([cell(7).value, cell(7).type]).toEqual(['+47 22 00 00 00', ExcelJS.ValueType.String]);
    }
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, free of []:*?/\\ and apostrophes at the ends, unique without regard to case', () => {
    const names = sheetNames([
      { title: 'Opplæring: status [alle regioner] per 22/11', fallback: 'training' },
      { title: 'Opplæring: status [alle regioner] per 23/11', fallback: 'training2' },
      { title: 'KONTAKTER', fallback: 'a' },
      { title: 'kontakter', fallback: 'b' },
      { title: "'sitat'", fallback: 'c' },
      { title: '*?', fallback: 'fallback' },
      { title: 'History', fallback: 'history-block' },
      { title: 'Steg 😀'.padEnd(30, '.') + '😀', fallback: 'emoji' },
      { title: 'Linje\nto', fallback: 'lines' },
    ]);
    expect(names).toEqual([
      'Opplæring status alle regioner',
      'Opplæring status alle (2)',
      'KONTAKTER',
      'kontakter (2)',
      'sitat',
      'fallback',
      'history-block',
      'Steg',
      'Linje to',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
  });

  it('cut a long title at the end of a word, within 31 characters', () => {
    const names = sheetNames([
      { title: 'Opplæringsstatus for rolleinnehavere per region', fallback: 'a' },
      { title: 'Saker per nivå i eskaleringsstien, siste 30 dager', fallback: 'b' },
      { title: 'Eskaleringsstikontaktpersonoversiktsdokumentet', fallback: 'c' },
    ]);
    expect(names).toEqual(['Opplæringsstatus for', 'Saker per nivå i', 'Eskaleringsstikontaktpersonover']);
    expect(names[2]).toHaveLength(31);
  });

  it('lets a workbook hold two blocks with the same long title', async () => {
    const model = sampleModel('nb');
    const table = rolloutTable(model);
    const title = 'Utrulling per region: alle enheter og alle steg';
    model.blocks = [
      { type: 'table', table: { ...table, title } },
      { type: 'table', table: { ...table, key: 'rollout2', title } },
    ];
    const workbook = await load(await render(model));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Utrulling per region alle', 'Utrulling per region alle (2)', 'Om rapporten']);
  });
});

describe('renderXlsx opened with LibreOffice', () => {
  it('comes out with numbers as numbers and dates as dates (nb and en)', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const names = NAMES[lang];
      const sheets = await libreofficeSheets(await render(sampleModel(lang)));
      expect([...sheets.keys()].sort()).toEqual([names.rollout, names.contacts, names.empty, names.about].sort());
      // LibreOffice quotes every text cell; numbers, percentages and dates come out bare, shown in the cell's own format.
      const date = (iso: string) => (lang === 'nb' ? iso.split('-').reverse().join('.') : iso);
      const converted = (name: string) => {
        const found = sheets.get(name);
        if (!found) throw new Error(`LibreOffice wrote no sheet ${name}`);
        return found;
      };
      const rollout = converted(names.rollout).text.split(/\r?\n/);
      // The formula-like text comes out as the text itself, quoted: LibreOffice did not evaluate it.
      expect(rollout[1]).toBe(`"Østfold",1200,42.5%,${date('2026-01-15')},2.5,"=HYPERLINK(""http://x"")"`);
      expect(rollout[2]).toBe(`"Vestland",1201,43.5%,,3.5,"-1 @note"`);
      expect(rollout[4]).toBe(`"${lang === 'nb' ? 'Totalt' : 'Total'}",3603,50.0%,,,`);
      const about = converted(names.about).rows;
      expect(about[3]).toEqual([lang === 'nb' ? 'Dato' : 'Date', date('2026-11-22')]);
      expect(converted(names.about).text).toContain(`,${date('2026-11-22')}\n`);
      expect(converted(names.contacts).rows[1]).toEqual([lang === 'nb' ? 'Superbruker' : 'Super-user', 'Åse Ødegård, 400 00 000']);
    }
  }, 2 * LIBREOFFICE_TIMEOUT_MS);
});
