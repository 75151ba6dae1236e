// Pass 1 of a unit import: each row's cells into typed values, with the problems
// that a single row shows by itself (and duplicate codes, which need only the file).
import type { ImportIssue } from '../../shared/errors';
import type { ImportField } from '../../shared/types';
import { parseCount } from './count';
import { unneutralizeFormula } from './neutralize';
import type { SheetRow } from './sheet';
import { searchKey } from '../text';

export type Mapping = Record<ImportField, number | null>;

export interface ImportRow {
  line: number;
  code: string;
  name: string;
  /** null when the cell is empty (a root) or the column is not mapped. */
  parentCode: string | null;
  levelName: string | null;
  members: number | null;
  contactNotes: string;
}

export const LIMITS = { code: 32, name: 200, level: 60, contactNotes: 2000 } as const;
const BAD_CODE = /[\s\p{C}]/u;

export function readCell(row: SheetRow, index: number | null): string {
  if (index === null) return '';
  return unneutralizeFormula((row.cells[index] ?? '').normalize('NFC').trim());
}

/**
 * Typed rows and their issues. Every row with a usable code is kept, even with
 * other issues, so that its children do not also report an unknown parent.
 */
export function readRows(rows: readonly SheetRow[], mapping: Mapping): { rows: ImportRow[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const kept: ImportRow[] = [];
  // Codes are unique regardless of case (text.ts searchKey), so A1 and a1 are the same code.
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const { line } = row;
    const add = (field: ImportField, code: ImportIssue['code'], value?: string, params?: ImportIssue['params']) => {
      issues.push({ line, field, code, ...(value !== undefined ? { value } : {}), ...(params ? { params } : {}) });
    };
    const code = readCell(row, mapping.code);
    if (code === '') add('code', 'EMPTY_CODE');
    else if (code.length > LIMITS.code) add('code', 'TOO_LONG', code, { max: LIMITS.code });
    else if (BAD_CODE.test(code)) add('code', 'BAD_CODE', code);
    else if (firstLine.has(searchKey(code))) add('code', 'DUPLICATE_CODE', code, { firstLine: firstLine.get(searchKey(code)) ?? 0 });
    else firstLine.set(searchKey(code), line);
    const usable = firstLine.get(searchKey(code)) === line;

    const name = readCell(row, mapping.name);
    if (name === '') add('name', 'EMPTY_NAME');
    else if (name.length > LIMITS.name) add('name', 'TOO_LONG', name.slice(0, 50), { max: LIMITS.name });

    const levelName = readCell(row, mapping.level);
    if (levelName.length > LIMITS.level) add('level', 'TOO_LONG', levelName.slice(0, 50), { max: LIMITS.level });

    const membersText = readCell(row, mapping.members);
    const members = parseCount(membersText);
    if (members === undefined) add('members', 'BAD_NUMBER', membersText);

    const contactNotes = readCell(row, mapping.contactNotes);
    if (contactNotes.length > LIMITS.contactNotes) {
      add('contactNotes', 'TOO_LONG', contactNotes.slice(0, 50), { max: LIMITS.contactNotes });
    }
    if (!usable) continue;
    const parentCode = readCell(row, mapping.parent);
    kept.push({
      line, code, name, members: members ?? null, contactNotes,
      parentCode: parentCode === '' ? null : parentCode,
      levelName: levelName === '' ? null : levelName,
    });
  }
  return { rows: kept, issues };
}

/**
 * Each row's code and parent code in the spelling already stored (or the file's
 * first), so that a1 updates A1 and a parent written in another case is found: the
 * passes after this one compare codes as strings.
 */
export function storedSpelling(rows: readonly ImportRow[], storedCodes: readonly string[]): ImportRow[] {
  const spelling = new Map<string, string>();
  for (const code of [...storedCodes, ...rows.map((r) => r.code)]) {
    if (!spelling.has(searchKey(code))) spelling.set(searchKey(code), code);
  }
  const canon = (code: string): string => spelling.get(searchKey(code)) ?? code;
  return rows.map((r) => ({ ...r, code: canon(r.code), parentCode: r.parentCode === null ? null : canon(r.parentCode) }));
}
