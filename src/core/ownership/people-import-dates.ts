// Dates as people type them in a spreadsheet: ISO (2025-03-01) or Norwegian
// (01.03.2025, 1.3.2025). XLSX date cells arrive as ISO already (see cellText):
// a date cell holds a calendar day with no time zone, which is the Oslo date.
import { format, isValid, parse } from 'date-fns';

const FORMATS = [
  { pattern: /^\d{4}-\d{2}-\d{2}$/, format: 'yyyy-MM-dd' },
  { pattern: /^\d{1,2}\.\d{1,2}\.\d{4}$/, format: 'd.M.yyyy' },
] as const;

// parse() needs a reference date for fields the format leaves out; every format here has them all.
const REFERENCE = new Date(2000, 0, 1);

/** 'YYYY-MM-DD' for a valid date, null for an empty cell, undefined for anything else (31.02.2025 too). */
export function parseImportDate(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  for (const f of FORMATS) {
    if (!f.pattern.test(t)) continue;
    const date = parse(t, f.format, REFERENCE);
    return isValid(date) ? format(date, 'yyyy-MM-dd') : undefined;
  }
  return undefined;
}
