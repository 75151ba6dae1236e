// The unit file's columns: the header names import recognizes and export writes.
// They are part of the file format (an exported file must import again), so they
// live here rather than in the UI's translations.
import type { ImportField, Lang } from '../../shared/types';

export const IMPORT_FIELDS: readonly ImportField[] = ['code', 'name', 'parent', 'level', 'members', 'contactNotes'];

/** Header spellings per field, compared after {@link headerKey}. */
const ALIASES: Record<ImportField, readonly string[]> = {
  code: ['kode', 'code', 'enhetskode', 'unit code'],
  name: ['navn', 'name', 'enhetsnavn', 'unit name'],
  parent: ['overordnet', 'parent', 'overordnet kode', 'parent code'],
  level: ['nivå', 'niva', 'nivaa', 'level'],
  members: ['medlemmer', 'members', 'antall medlemmer', 'member count'],
  // "contactNotes" lower-cases to "contactnotes", without the space.
  contactNotes: ['kontaktnotater', 'contact notes', 'contactnotes', 'notater', 'notes'],
};

/** Case, spacing, '_' and '-' do not matter: "Contact_Notes" is "contact notes". */
export function headerKey(header: string): string {
  return header.normalize('NFC').trim().toLocaleLowerCase('nb').replace(/[\s_-]+/g, ' ');
}

/**
 * Column index per field, guessed from the header names and each field's
 * spellings; the first matching column wins. Shared by every file format's import.
 */
export function matchHeaders<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  aliases: Record<F, readonly string[]>,
): Record<F, number | null> {
  const lookup = new Map<string, F>(fields.flatMap((field) => aliases[field].map((alias) => [headerKey(alias), field] as const)));
  const mapping = Object.fromEntries(fields.map((f) => [f, null])) as Record<F, number | null>;
  headers.forEach((header, index) => {
    const field = lookup.get(headerKey(header));
    if (field && mapping[field] === null) mapping[field] = index;
  });
  return mapping;
}

export function guessMapping(headers: readonly string[]): Record<ImportField, number | null> {
  return matchHeaders(headers, IMPORT_FIELDS, ALIASES);
}

export type ExportColumn = ImportField | 'archived';

export const EXPORT_HEADERS: Record<Lang, Record<ExportColumn, string>> = {
  nb: {
    code: 'kode', name: 'navn', parent: 'overordnet', level: 'nivå',
    members: 'medlemmer', contactNotes: 'kontaktnotater', archived: 'arkivert',
  },
  en: {
    code: 'code', name: 'name', parent: 'parent', level: 'level',
    members: 'members', contactNotes: 'contact notes', archived: 'archived',
  },
};

export const YES_NO: Record<Lang, readonly [string, string]> = { nb: ['ja', 'nei'], en: ['yes', 'no'] };
