// Pass 1 of a people import: each row's cells into typed values, with the
// problems a single row shows by itself. Codes and role names are only read
// here; pass 2 (people-import-check) looks them up.
import { z } from 'zod';
import type { ImportIssue } from '../../shared/errors';
import type { Lang } from '../../shared/types';
import type { PeopleImportField } from '../../shared/types-ownership';
import type { SheetRow } from '../transfer/sheet';
import { readCell } from '../transfer/units-rows';
import { exclusiveEnd } from './dates';
import { parseImportDate } from './people-import-dates';

export type PeopleMapping = Record<PeopleImportField, number | null>;

export interface PeopleRow {
  line: number;
  name: string;
  /** Lower-cased; null when empty. */
  email: string | null;
  /** false when the e-mail cell holds something that is not an address: the row then stands for nobody. */
  emailOk: boolean;
  phone: string | null;
  homeUnit: string | null;
  note: string;
  /** null when empty (unknown: the organization's language); undefined when not a language. */
  language: Lang | null | undefined;
  role: string | null;
  unit: string | null;
  /** 'YYYY-MM-DD'; null when empty (start then means today); undefined when unreadable. */
  startDate: string | null | undefined;
  /** The stored, exclusive end: the day after the last day the file gives. */
  endDate: string | null | undefined;
}

// The same limits as the contract's people.create and the person table.
export const PEOPLE_LIMITS = { name: 200, email: 254, phone: 40, note: 2000 } as const;
const PHONE = /^[+0-9 ()-]*\d[+0-9 ()-]*$/;
const EMAIL = z.email();

/** The words a language cell may hold, folded to lower case; an empty cell is unknown. */
const LANGUAGE_WORDS: Record<string, Lang> = {
  nb: 'nb', 'bokmål': 'nb', 'norsk bokmål': 'nb', norsk: 'nb',
  en: 'en', english: 'en', engelsk: 'en',
};

function readLanguage(text: string): Lang | null | undefined {
  if (text === '') return null;
  return LANGUAGE_WORDS[text.toLowerCase().replace(/\s+/g, ' ')];
}

export function readPeopleRows(
  rows: readonly SheetRow[],
  mapping: PeopleMapping,
  today: string,
): { rows: PeopleRow[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const out: PeopleRow[] = [];
  for (const sheetRow of rows) {
    const { line } = sheetRow;
    const cell = (field: PeopleImportField) => readCell(sheetRow, mapping[field]);
    const add = (field: PeopleImportField, code: ImportIssue['code'], value?: string, params?: ImportIssue['params']) => {
      issues.push({ line, field, code, ...(value !== undefined ? { value } : {}), ...(params ? { params } : {}) });
    };
    const tooLong = (field: keyof typeof PEOPLE_LIMITS, text: string): boolean => {
      if (text.length <= PEOPLE_LIMITS[field]) return false;
      add(field, 'TOO_LONG', text.slice(0, 50), { max: PEOPLE_LIMITS[field] });
      return true;
    };

    const name = cell('name');
    if (name === '') add('name', 'EMPTY_NAME');
    else tooLong('name', name);

    // Lower-cased as people.create stores it, so matching ignores case.
    const email = cell('email').toLowerCase();
    const emailOk = email === '' || (email.length <= PEOPLE_LIMITS.email && EMAIL.safeParse(email).success);
    if (!emailOk && !tooLong('email', email)) add('email', 'BAD_EMAIL', email);

    const phone = cell('phone');
    if (phone !== '' && !tooLong('phone', phone) && !PHONE.test(phone)) add('phone', 'BAD_PHONE', phone);

    const note = cell('note');
    tooLong('note', note);

    const languageText = cell('language');
    const language = readLanguage(languageText);
    if (language === undefined) add('language', 'BAD_LANGUAGE', languageText.slice(0, 50));

    const role = cell('role');
    const unit = cell('unit');
    const startText = cell('startDate');
    const endText = cell('endDate');
    const startDate = parseImportDate(startText);
    // The end column is the last day the role is held, as the form asks for it.
    const lastDay = parseImportDate(endText);
    if (startDate === undefined) add('startDate', 'BAD_DATE', startText);
    if (lastDay === undefined) add('endDate', 'BAD_DATE', endText);
    if (role !== '' && unit === '') add('unit', 'MISSING_UNIT', role);
    // A unit or dates without a role say nothing anyone can save.
    if (role === '' && (unit !== '' || startText !== '' || endText !== '')) add('role', 'MISSING_ROLE', unit);
    const start = startDate ?? today;
    // A one-day role has its last day on its start day.
    if (role !== '' && startDate !== undefined && typeof lastDay === 'string' && lastDay < start) {
      add('endDate', 'DATE_ORDER', lastDay, { startDate: start });
    }
    const endDate = typeof lastDay === 'string' ? exclusiveEnd(lastDay) : lastDay;

    out.push({
      line, name, email: email === '' ? null : email, emailOk, phone: phone === '' ? null : phone,
      homeUnit: cell('homeUnit') || null, note, language, role: role || null, unit: unit || null, startDate, endDate,
    });
  }
  return { rows: out, issues };
}
