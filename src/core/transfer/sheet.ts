/** One non-empty row of an uploaded file, with the file line (CSV) or row number (XLSX) it started on. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export type Separator = ',' | ';' | '\t';

/** True for rows that carry nothing: Excel writes ";;;;" for rows it once saw used. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
