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

/** Line breaks in text[from, to): CRLF, LF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/**
 * Parses CSV text into rows that know their file line. papaparse reports where
 * each row ends (meta.cursor); counting the line breaks up to a row's start
 * gives its line even when quoted fields span several lines. Blank rows are dropped.
 */
export function parseCsv(text: string): ParsedCsv {
  const separator = detectSeparator(text);
  const rows: SheetRow[] = [];
  let rowStart = 0;
  let scanned = 0;
  let line = 1;
  let unclosedAt: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter: separator ?? ';',
    skipEmptyLines: false,
    step: (result) => {
      line += countLineBreaks(text, scanned, rowStart);
      scanned = rowStart;
      const cells = result.data;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosedAt ??= line;
      if (!isBlankRow(cells)) rows.push({ line, cells });
      const end = result.meta.cursor;
      // The next row starts after this row's line break, whichever kind it is.
      rowStart = text.startsWith('\r\n', end) ? end + 2 : end + 1;
    },
  });
  if (unclosedAt !== null) {
    throw new AppError('FILE_UNREADABLE', `Unclosed quote starting on line ${unclosedAt}`, { reason: `"`, line: unclosedAt });
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
