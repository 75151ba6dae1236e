// XLSX in and out with exceljs, the project's one spreadsheet library.
import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { neutralizeCell, type ExportCell } from './neutralize';
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
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * A calendar date as the date cell exceljs writes: midnight UTC of that day, so
 * the serial number (and what Excel shows) is that day whatever the machine's zone.
 */
function dateCell(cell: ExportCell): Value {
  const m = typeof cell === 'string' ? ISO_DATE.exec(cell) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : neutralizeCell(cell);
}

const STYLES: Record<XlsxColumn['kind'], Partial<ExcelJS.Style>> = {
  text: { numFmt: '@' },
  number: {},
  date: { numFmt: DATE_FORMAT },
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function width(column: XlsxColumn, index: number, rows: readonly (readonly ExportCell[])[]): number {
  let longest = column.header.length;
  for (const row of rows) {
    const cell = row[index];
    if (cell !== null && cell !== undefined) longest = Math.max(longest, String(cell).length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** One sheet with a bold, frozen, filterable header and columns wide enough for their content. */
export async function writeXlsx(
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: readonly (readonly ExportCell[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    width: width(c, i, rows),
    style: STYLES[c.kind],
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell, i) => (columns[i]?.kind === 'date' ? dateCell(cell) : neutralizeCell(cell))));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
