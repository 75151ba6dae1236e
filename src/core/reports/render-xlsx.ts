// A report as an Excel workbook: one sheet per table (facts blocks as two-column
// tables), with typed cells so the figures can be summed and filtered, and a
// last sheet saying what the report is: organization, date, filters, language.
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/types';
import { addTableSheet, dateCell, workbookBytes, type XlsxColumn } from '../transfer/xlsx';
import type { FactNumberKind, ReportColumn, ReportFact, ReportModel } from './model';
import { headLines, sheetTables } from './sheet-blocks';
import { sheetNames } from './sheet-names';

const DATE_FORMAT: Record<Lang, string> = { nb: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };

function xlsxColumn(column: ReportColumn, lang: Lang): XlsxColumn {
  const header = column.label;
  switch (column.kind) {
    case 'text':
      return { header, kind: 'text' };
    case 'integer':
      return { header, kind: 'number', numFmt: '0' };
    case 'decimal':
      return { header, kind: 'number', numFmt: '0.0' };
    case 'hours':
      // A number that sums; whole hours without a needless decimal.
      return { header, kind: 'number', numFmt: '0.#' };
    case 'percent':
      return { header, kind: 'number', numFmt: '0.0%' };
    case 'date':
      return { header, kind: 'date', numFmt: DATE_FORMAT[lang] };
  }
}

function factFormat(kind: FactNumberKind, t: TFunction): string {
  switch (kind) {
    case 'integer':
      return '0';
    case 'hours':
      // The unit stays in the cell's format, so the value is a number that sums.
      return `0.0 "${t('report:sheet.hoursUnit')}"`;
    case 'percent':
      return '0.0%';
  }
}

/** A facts block's figures as number cells (or empty, when there is no figure) in the value column. */
function typeFacts(sheet: ExcelJS.Worksheet, numbers: ReadonlyArray<ReportFact['number']>, t: TFunction): void {
  numbers.forEach((number, i) => {
    if (!number) return;
    const cell = sheet.getCell(i + 2, 2);
    cell.value = number.value;
    cell.numFmt = factFormat(number.kind, t);
    cell.alignment = { horizontal: 'left' };
  });
}

/** The head as label/value rows; the report's date as a date cell. */
function addHeadSheet(workbook: ExcelJS.Workbook, name: string, model: ReportModel, t: TFunction): void {
  const lines = headLines(model, t);
  const sheet = addTableSheet(workbook, {
    name,
    columns: [
      { header: t('report:sheet.item'), kind: 'text' },
      { header: t('report:sheet.value'), kind: 'text' },
    ],
    rows: lines.map((line) => [line.label, line.value]),
  });
  lines.forEach((line, i) => {
    if (line.kind !== 'date') return;
    const cell = sheet.getCell(i + 2, 2);
    cell.value = dateCell(line.value);
    cell.numFmt = DATE_FORMAT[model.lang];
    cell.alignment = { horizontal: 'left' };
  });
}

export async function renderXlsx(model: ReportModel, t: TFunction, progress: (fraction: number) => void): Promise<Buffer> {
  const tables = sheetTables(model, t);
  const about = t('report:sheet.about');
  const names = sheetNames([...tables.map((table) => ({ title: table.title, fallback: table.key })), { title: about, fallback: 'about' }]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Forankring';
  workbook.title = model.title;
  workbook.created = new Date(model.generatedAt);
  const count = tables.length + 1;
  tables.forEach((table, i) => {
    progress(i / count);
    const sheet = addTableSheet(workbook, {
      name: names[i] as string,
      columns: table.columns.map((c) => xlsxColumn(c, model.lang)),
      rows: table.rows,
      ...(table.totals ? { totals: table.totals } : {}),
    });
    if (table.factNumbers) typeFacts(sheet, table.factNumbers, t);
  });
  progress(tables.length / count);
  addHeadSheet(workbook, names[tables.length] as string, model, t);
  const bytes = await workbookBytes(workbook);
  progress(1);
  return bytes;
}
