// Spreadsheet formula injection: a cell that starts with one of these characters
// may be run as a formula when the file is opened in Excel or LibreOffice
// (OWASP "CSV injection"). Exports prefix such text with an apostrophe; imports
// remove that apostrophe again so an exported file re-imports unchanged.
const TRIGGER = /^[=+\-@\t\r]/;
const NEUTRALIZED = /^'[=+\-@\t\r]/;

/** Prefixes text that a spreadsheet could read as a formula. Only for text: numbers are never touched. */
export function neutralizeFormula(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
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
