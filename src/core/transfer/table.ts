// An uploaded file, whatever its format, as a header and data rows with line numbers.
import { AppError } from '../errors';
import { parseCsv } from './csv';
import { decodeText, type TextEncodingName } from './decode';
import type { Separator, SheetRow } from './sheet';
import { assertTableSize } from './limits';
import { readXlsx } from './xlsx';
import { assertXlsxWithinLimits } from './xlsx-limits';

export interface UploadedFile {
  fileName: string;
  base64: string;
}

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

function isZip(bytes: Buffer): boolean {
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

/** Decodes the upload. The content decides the format (an XLSX is a zip); the name only breaks the tie. */
export async function readTable(file: UploadedFile): Promise<Table> {
  const bytes = Buffer.from(file.base64, 'base64');
  if (isZip(bytes)) {
    await assertXlsxWithinLimits(bytes);
    const rows = await readXlsx(bytes);
    assertTableSize(rows);
    return split('xlsx', 'utf-8', null, rows);
  }
  if (/\.xlsx$/i.test(file.fileName)) {
    throw new AppError('FILE_UNREADABLE', 'Not a readable XLSX file', { reason: 'not an XLSX file' });
  }
  const { text, encoding } = decodeText(bytes);
  const { separator, rows } = parseCsv(text);
  assertTableSize(rows);
  return split('csv', encoding, separator, rows);
}

/**
 * readTable that remembers the last file it read. The UI previews a file and
 * then imports the very same bytes; the second call then skips decoding and
 * parsing. Only one file is kept, and only until another one comes.
 */
export function lastTableReader(): { read(file: UploadedFile): Promise<Table>; forget(): void } {
  let last: { file: UploadedFile; table: Table } | null = null;
  return {
    async read(file) {
      if (last && last.file.base64 === file.base64 && last.file.fileName === file.fileName) return last.table;
      last = null;
      const table = await readTable(file);
      last = { file: { fileName: file.fileName, base64: file.base64 }, table };
      return table;
    },
    forget() {
      last = null;
    },
  };
}
