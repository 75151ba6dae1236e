// XLSX in and out with exceljs, the project's one spreadsheet library.
import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import type { ExportCell } from './neutralize';
import { isBlankRow, type SheetRow } from './sheet';

type Value = ExcelJS.CellValue;

/**
 * A cell as text. Numbers become their plain digits: a code typed as the number
 * 301 has already lost its leading zero in Excel and cannot get it back, while a
 * text cell "0301" keeps it because text is passed through untouched.
 */
export function cellText(value: Value): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as Value);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as Value);
  return ''; // an error value such as #N/A
}

/** Reads the first worksheet; each row keeps its sheet row number as its line. */
export async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer look-alike; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new AppError('FILE_UNREADABLE', 'Not a readable XLSX file', { reason: err instanceof Error ? err.message : 'xlsx' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    const dense = Array.from(cells, (c) => c ?? '');
    if (!isBlankRow(dense)) rows.push({ line: rowNumber, cells: dense });
  });
  return rows;
}

export interface XlsxColumn {
  header: string;
  /**
   * Text columns are stored as text ('@'), so Excel keeps 0301 as typed when edited.
   * Date columns take calendar dates as 'YYYY-MM-DD' text and store real date cells.
   */
  kind: 'text' | 'number' | 'date';
  /** A number format instead of the kind's own: '0.0%' for shares, 'dd.mm.yyyy' for Norwegian dates. */
  numFmt?: string;
}

/** One table on its own sheet. */
export interface XlsxSheet {
  /** A valid sheet name: 31 characters at most, none of []:*?/\, unique in the workbook. */
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly ExportCell[])[];
  /** Written after the rows, in bold. */
  totals?: readonly ExportCell[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * A calendar date as the date cell exceljs writes: midnight UTC of that day, so
 * the serial number (and what Excel shows) is that day whatever the machine's zone.
 * Anything else is written as an ordinary cell.
 */
export function dateCell(cell: ExportCell): Value {
  const m = typeof cell === 'string' ? ISO_DATE.exec(cell) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : cell;
}

function columnStyle(column: XlsxColumn): Partial<ExcelJS.Style> {
  switch (column.kind) {
    case 'text':
      return { numFmt: column.numFmt ?? '@' };
    case 'number':
      return column.numFmt ? { numFmt: column.numFmt } : {};
    case 'date':
      return { numFmt: column.numFmt ?? DATE_FORMAT };
  }
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** How many characters a cell takes on screen once its number format is applied. */
function shownLength(cell: ExportCell | undefined, column: XlsxColumn): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === 'string') return column.kind === 'date' && ISO_DATE.test(cell) ? (column.numFmt ?? DATE_FORMAT).length : cell.length;
  const format = column.numFmt ?? '';
  const decimals = /\.(0+)/.exec(format)?.[1]?.length;
  if (format.endsWith('%')) return (cell * 100).toFixed(decimals ?? 0).length + 1;
  return decimals === undefined ? String(cell).length : cell.toFixed(decimals).length;
}

/** A width that fits the header and the widest cell, within limits so one long note does not make a column a screen wide. */
export function columnWidth(column: XlsxColumn, index: number, rows: readonly (readonly ExportCell[])[]): number {
  let longest = column.header.length;
  for (const row of rows) longest = Math.max(longest, shownLength(row[index], column));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/**
 * Text goes in as it is, with no apostrophe: exceljs writes a JS string as a
 * string cell (never a formula, which would need { formula }), and a spreadsheet
 * shows a string cell's "=1+1" as text without evaluating it. The cell type is
 * the formula guard here, unlike CSV (neutralize.ts).
 */
function rowValues(columns: readonly XlsxColumn[], row: readonly ExportCell[]): Value[] {
  return row.map((cell, i) => (columns[i]?.kind === 'date' ? dateCell(cell) : cell));
}

/** Adds a sheet with a bold, frozen, filterable header and columns wide enough for their content. */
export function addTableSheet(workbook: ExcelJS.Workbook, spec: XlsxSheet): ExcelJS.Worksheet {
  const { columns, rows, totals } = spec;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const measured = totals ? [...rows, totals] : rows;
  sheet.columns = columns.map((c, i) => ({ width: columnWidth(c, i, measured), style: columnStyle(c) }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(rowValues(columns, row));
  if (totals) sheet.addRow(rowValues(columns, totals)).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columns.length) } };
  return sheet;
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet with a bold, frozen, filterable header and columns wide enough for their content. */
export async function writeXlsx(
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: readonly (readonly ExportCell[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, { name: sheetName, columns, rows });
  return workbookBytes(workbook);
}
