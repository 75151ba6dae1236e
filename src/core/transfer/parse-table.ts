// The pure parse of an upload: bytes and file name in, rows or a FILE_UNREADABLE
// AppError out. It runs in the parse worker (parse-worker.ts), never on the core's
// event loop, and touches nothing but its arguments.
import { AppError } from '../errors';
import { parseCsv } from './csv';
import { decodeText, type TextEncodingName } from './decode';
import type { Separator, SheetRow } from './sheet';
import { assertTableSize } from './limits';

export interface Table {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName;
  separator: Separator | null;
  headers: string[];
  /** Line of the header row: 1 unless the file starts with blank lines. */
  headerLine: number;
  rows: SheetRow[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function split(format: Table['format'], encoding: TextEncodingName, separator: Separator | null, all: SheetRow[]): Table {
  const [head, ...rows] = all;
  return {
    format, encoding, separator, rows,
    headers: (head?.cells ?? []).map((h) => h.trim()),
    headerLine: head?.line ?? 1,
  };
}

/** The content decides the format (an XLSX is a zip); the name only breaks the tie. */
export async function parseTable(bytes: Buffer, fileName: string): Promise<Table> {
  if (isZip(bytes)) {
    // Loaded for XLSX only: ExcelJS takes some 0.4 s to load, which a fresh worker would
    // otherwise pay for every CSV too.
    const [{ assertXlsxWithinLimits }, { readXlsx }] = await Promise.all([import('./xlsx-limits'), import('./xlsx')]);
    await assertXlsxWithinLimits(bytes);
    const rows = await readXlsx(bytes);
    assertTableSize(rows);
    return split('xlsx', 'utf-8', null, rows);
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw new AppError('FILE_UNREADABLE', 'Not a readable XLSX file', { reason: 'not an XLSX file' });
  }
  const { text, encoding } = decodeText(bytes);
  const { separator, rows } = parseCsv(text);
  assertTableSize(rows);
  return split('csv', encoding, separator, rows);
}
