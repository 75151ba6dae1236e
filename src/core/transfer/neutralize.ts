// Spreadsheet formula injection: a cell that starts with one of these characters
// may be run as a formula when the file is opened in Excel or LibreOffice
// (OWASP "CSV injection"). CSV has no cell types, so CSV exports prefix such text
// with an apostrophe; imports remove that apostrophe again so an exported file
// re-imports unchanged. XLSX needs none of this: its text cells are string cells,
// which Excel and LibreOffice never evaluate (see transfer/xlsx.ts).
const TRIGGER = /^[=+\-@\t\r]/;
const NEUTRALIZED = /^'[=+\-@\t\r]/;
/** A negative number as CSV writes it ("-1,5", "-1.5", "-12 %"): a number, never a formula. */
const NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)?(?:[\s\u00a0]?%)?$/;

/** Prefixes text that a spreadsheet could read as a formula. Numbers, and text that is only a negative number, are never touched. */
export function neutralizeFormula(text: string): string {
  return TRIGGER.test(text) && !NEGATIVE_NUMBER.test(text) ? `'${text}` : text;
}

/** Undoes {@link neutralizeFormula} on imported text. */
export function unneutralizeFormula(text: string): string {
  return NEUTRALIZED.test(text) ? text.slice(1) : text;
}

/** A cell in an exported table: text is neutralized, numbers are written as numbers, null is empty. */
export type ExportCell = string | number | null;

export function neutralizeCell(cell: ExportCell): ExportCell {
  return typeof cell === 'string' ? neutralizeFormula(cell) : cell;
}
