// CSV in and out with papaparse, the project's one CSV library.
import Papa from 'papaparse';
import { AppError } from '../errors';
import { neutralizeCell, type ExportCell } from './neutralize';
import { isBlankRow, type Separator, type SheetRow } from './sheet';

export interface ParsedCsv {
  /** null when the header has none of the separators: a one-column file. */
  separator: Separator | null;
  rows: SheetRow[];
}

const CANDIDATES: readonly Separator[] = [';', ',', '\t'];
const SEP_HINT = /^sep=([;,\t])\r?\n/i;

/**
 * Picks the separator that occurs most often outside quotes in the first line.
 * The header decides, because data cells may hold commas ("Oslo, sentrum")
 * while header names do not. Ties go to ';', Excel's choice in Norway.
 */
export function detectSeparator(text: string): Separator | null {
  const counts = new Map<Separator, number>(CANDIDATES.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Separator)) counts.set(ch as Separator, (counts.get(ch as Separator) ?? 0) + 1);
  }
  let best: Separator | null = null;
  for (const sep of CANDIDATES) {
    if ((counts.get(sep) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = sep;
  }
  return best;
}

/** Line breaks inside a cell: CRLF, LF and a lone CR each count once. */
function lineBreaks(cell: string): number {
  if (!cell.includes('\n') && !cell.includes('\r')) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && cell.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * Parses CSV text into rows that know their file line. Each row takes one line
 * plus the line breaks inside its quoted cells, so a contact note written over
 * three lines moves the rows below it down by two. Blank rows are dropped.
 */
export function parseCsv(text: string): ParsedCsv {
  // Excel writes and obeys a first line "sep=;" naming the separator; that line is not the header.
  const hint = SEP_HINT.exec(text);
  const separator = hint ? (hint[1] as Separator) : detectSeparator(text);
  const { data, errors } = Papa.parse<string[]>(text, { delimiter: separator ?? ';', skipEmptyLines: false });
  const rows: SheetRow[] = [];
  const lineOf: number[] = [];
  let line = 1;
  data.forEach((cells, index) => {
    lineOf[index] = line;
    if (!isBlankRow(cells) && !(hint && line === 1)) rows.push({ line, cells });
    line += 1;
    for (const cell of cells) line += lineBreaks(cell);
  });
  const unclosed = errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const at = lineOf[unclosed.row ?? 0] ?? 1;
    // FILE_UNREADABLE's reason is shown as is; the line lets a UI say more in its own words.
    throw new AppError('FILE_UNREADABLE', `Unclosed quote starting on line ${at}`, { reason: `unclosed quote on line ${at}`, line: at });
  }
  return { separator, rows };
}

/**
 * Writes a table as CSV the way Excel in Norway opens it without a wizard:
 * UTF-8 with a byte order mark, CRLF line ends, text neutralized against formulas.
 */
export function writeCsv(rows: readonly (readonly ExportCell[])[], separator: ',' | ';'): Buffer {
  const data = rows.map((row) => row.map((cell) => {
    const safe = neutralizeCell(cell);
    return safe === null ? '' : safe;
  }));
  const body = Papa.unparse(data, { delimiter: separator, newline: '\r\n', header: false });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${body}\r\n`, 'utf8')]);
}
