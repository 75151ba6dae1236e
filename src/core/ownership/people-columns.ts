// The columns of the people, assignment and gap files: the header names the
// import recognizes and the exports write, and the words the exports put in
// cells. Like the unit file's columns they are part of the file format (an
// exported file must import again), so they live here, not in the UI's translations.
import type { CoverageState, PeopleImportField } from '../../shared/types-ownership';
import { PEOPLE_IMPORT_FIELDS } from '../../shared/types-ownership';
import type { Lang } from '../../shared/types';
import { matchHeaders } from '../transfer/unit-columns';

/** Header spellings per field, compared case-insensitively (see headerKey). */
const ALIASES: Record<PeopleImportField, readonly string[]> = {
  name: ['navn', 'name', 'fullt navn', 'full name'],
  email: ['e-post', 'epost', 'e-postadresse', 'email', 'e-mail', 'email address'],
  phone: ['telefon', 'mobil', 'tlf', 'telefonnummer', 'phone', 'mobile', 'phone number'],
  homeUnit: ['hjemmeenhet', 'home unit', 'homeunit'],
  note: ['notat', 'note', 'merknad', 'notes'],
  language: ['språk', 'language', 'meldingsspråk', 'språk for meldinger', 'language for messages'],
  role: ['rolle', 'role'],
  unit: ['enhet', 'unit', 'enhetskode', 'unit code'],
  startDate: ['fra', 'start', 'startdato', 'start date', 'startdate', 'fra dato', 'from'],
  // Whatever the header says, the cell is the last day the role is held (see people-import-read).
  endDate: [
    'til og med', 'siste dag', 'til', 'slutt', 'sluttdato', 'til dato',
    'last day', 'last day held', 'until', 'end', 'end date', 'enddate', 'to',
  ],
};

export function guessPeopleMapping(headers: readonly string[]): Record<PeopleImportField, number | null> {
  return matchHeaders(headers, PEOPLE_IMPORT_FIELDS, ALIASES);
}

// Export headers. Those that name an import field use one of its spellings above,
// so an exported file maps itself when it is imported again.
export const PEOPLE_HEADERS: Record<Lang, readonly string[]> = {
  nb: ['navn', 'e-post', 'telefon', 'hjemmeenhet', 'hjemmeenhetens navn', 'aktiv', 'roller nå'],
  en: ['name', 'email', 'phone', 'home unit', 'home unit name', 'active', 'current roles'],
};

export const ASSIGNMENT_HEADERS: Record<Lang, readonly string[]> = {
  nb: ['navn', 'e-post', 'rolle', 'enhet', 'enhetsnavn', 'fra', 'til og med', 'gjelder nå'],
  en: ['name', 'email', 'role', 'unit', 'unit name', 'start', 'last day', 'current'],
};

export const GAP_HEADERS: Record<Lang, readonly string[]> = {
  nb: ['region', 'enhet', 'enhetsnavn', 'nivå', 'rolle', 'minimum', 'innehavere', 'status', 'ledig siden', 'siste dag med innehaver'],
  en: ['region', 'unit', 'unit name', 'level', 'role', 'minimum', 'holders', 'state', 'vacant since', 'last day held'],
};

export const STATE_LABELS: Record<Lang, Record<CoverageState, string>> = {
  nb: { filled: 'besatt', missing: 'mangler', expiring: 'utløper snart', vacant: 'ledig' },
  en: { filled: 'filled', missing: 'missing', expiring: 'expiring', vacant: 'vacant' },
};

/** Stands in for an erased person's name in the assignment history. */
export const ERASED_NAME: Record<Lang, string> = { nb: 'slettet person', en: 'erased person' };

/** File name stems; the date and extension are added by exportFileName. */
export const STEMS = {
  people: { nb: 'personer', en: 'people' },
  assignments: { nb: 'tildelinger', en: 'assignments' },
  gaps: { nb: 'hull', en: 'gaps' },
} as const satisfies Record<string, Record<Lang, string>>;
