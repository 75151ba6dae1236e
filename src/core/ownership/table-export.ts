// One table out as the file the user asked for: CSV (BOM, separator, formulas
// neutralized) or XLSX (typed cells, bold frozen filterable header), named
// "<stem>-<Oslo date>.<format>". Shared by the people, assignment and gap exports.
import type { ExportedFile, Lang } from '../../shared/types';
import { writeCsv } from '../transfer/csv';
import { exportFileName, MIME_TYPES } from '../transfer/file-name';
import type { ExportCell } from '../transfer/neutralize';
import { writeXlsx, type XlsxColumn } from '../transfer/xlsx';

export interface ExportOptions {
  format: 'csv' | 'xlsx';
  separator: ';' | ',';
  lang: Lang;
}

export interface ExportTable {
  stem: Record<Lang, string>;
  headers: Record<Lang, readonly string[]>;
  /** One per header, in the same order. */
  kinds: readonly XlsxColumn['kind'][];
  rows: readonly (readonly ExportCell[])[];
}

export async function exportTable(options: ExportOptions, table: ExportTable, now: Date): Promise<ExportedFile> {
  const { format, separator, lang } = options;
  const headers = table.headers[lang];
  const stem = table.stem[lang];
  const content = format === 'csv'
    ? writeCsv([headers, ...table.rows], separator)
    : await writeXlsx(stem, headers.map((header, i) => ({ header, kind: table.kinds[i] ?? 'text' })), table.rows);
  return { fileName: exportFileName(stem, now, format), mimeType: MIME_TYPES[format], base64: content.toString('base64') };
}
