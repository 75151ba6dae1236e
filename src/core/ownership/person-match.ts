// Finding one person in free text (case notes, trainer names, stage notes, the
// activity log), for the access export and for erasure. The rule, also in the README:
// - the name as a whole, case-insensitive, any run of spaces between its words, not
//   inside a longer word ("Kari Nordmann" matches "kari  NORDMANN," but not "Kari Nordmannsen");
// - the e-mail address, case-insensitive;
// - the phone number by its digits, with or without spaces, dots or hyphens between them,
//   and for a Norwegian number with or without +47 / 0047 / 47 in front. Numbers of fewer than
//   five digits are not searched for: they would match dates and counts.
// SQLite's LIKE folds only ASCII, so the SQL side (candidateSql) only narrows the rows down
// loosely; the regular expressions here decide.
import { resources } from '../../shared/i18n';
import { likeEscape } from '../text';

/** What erased text is replaced by: the default locale's word for an erased person. */
export const ERASED_TEXT: string = resources.nb.ui.people.erasedName;

export interface PersonIdentity {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface PersonMatcher {
  /** True when the text names the person. */
  mentions(text: string): boolean;
  /** The text with every mention of the person replaced by ERASED_TEXT. */
  scrub(text: string): string;
  /** A loose SQL condition on `column` (never missing a row the regexes would match), with its parameters. */
  candidateSql(column: string): { sql: string; params: string[] } | null;
}

const SEP = '[ \\u00a0.\\-]*';
const MIN_PHONE_DIGITS = 5;
const MIN_LIKE_FRAGMENT = 3;

function escapeRegex(text: string): string {
  // Not '-': outside a class it is literal, and the 'u' flag refuses a needless escape.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function namePattern(name: string): string | null {
  const words = name.normalize('NFC').trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  return `(?<![\\p{L}\\p{N}])${words.map(escapeRegex).join('\\s+')}(?![\\p{L}\\p{N}])`;
}

function emailPattern(email: string): string | null {
  const trimmed = email.normalize('NFC').trim();
  return trimmed ? `(?<![\\p{L}\\p{N}._%+\\-])${escapeRegex(trimmed)}(?![\\p{L}\\p{N}_\\-])` : null;
}

/** The digits to look for, and whether they are a Norwegian number that may carry +47 in front. */
export function phoneDigits(phone: string): { digits: string; norwegian: boolean } | null {
  const compact = phone.replace(/[^\d+]/g, '');
  const all = compact.replace(/\D/g, '');
  let result: { digits: string; norwegian: boolean };
  if (/^(\+|00)47\d{8}$/.test(compact)) result = { digits: all.slice(-8), norwegian: true };
  else if (/^\d{8}$/.test(compact)) result = { digits: all, norwegian: true };
  else result = { digits: compact.startsWith('00') ? all.slice(2) : all, norwegian: false };
  return result.digits.length >= MIN_PHONE_DIGITS ? result : null;
}

function phonePattern(phone: string): string | null {
  const found = phoneDigits(phone);
  if (!found) return null;
  const prefix = found.norwegian ? `(?:(?:(?:\\+|00)${SEP})?47${SEP})?` : `(?:(?:\\+|00)${SEP})?`;
  return `(?<![\\d+])${prefix}${[...found.digits].join(SEP)}(?!\\d)`;
}

/** The longest run of ASCII in one word, for a LIKE that SQLite folds correctly; null when too short to help. */
function likeFragment(text: string): string | null {
  const runs = text.normalize('NFC').split(/\s+/).flatMap((word) => word.match(/[\x21-\x7e]+/g) ?? []);
  const longest = runs.reduce((best, run) => (run.length > best.length ? run : best), '');
  return longest.length >= MIN_LIKE_FRAGMENT ? longest : null;
}

export function personMatcher(person: PersonIdentity): PersonMatcher {
  const patterns = [namePattern(person.name), person.email ? emailPattern(person.email) : null, person.phone ? phonePattern(person.phone) : null]
    .filter((p): p is string => p !== null);
  const regex = patterns.length > 0 ? new RegExp(patterns.join('|'), 'giu') : null;
  // A global regex keeps lastIndex between test() calls; the test gets its own, stateless one.
  const probe = regex === null ? null : new RegExp(regex.source, 'iu');
  const textFragments = [person.name, person.email ?? ''].filter((t) => t.trim().length > 0).map(likeFragment);
  const digits = person.phone ? phoneDigits(person.phone)?.digits ?? null : null;
  return {
    mentions: (text) => probe !== null && probe.test(text.normalize('NFC')),
    scrub: (text) => {
      if (regex === null) return text;
      const normalized = text.normalize('NFC');
      const replaced = normalized.replace(regex, ERASED_TEXT);
      return replaced === normalized ? text : replaced;
    },
    candidateSql: (column) => {
      if (regex === null) return null;
      // A name or address without a usable ASCII fragment: every non-empty value is a candidate.
      if (textFragments.some((f) => f === null)) return { sql: `${column} <> ''`, params: [] };
      // LOWER on both sides: PostgreSQL's LIKE is case-sensitive, and the fragments are ASCII.
      const parts = (textFragments as string[]).map((f) => ({ sql: `LOWER(${column}) LIKE LOWER(?) ESCAPE '\\'`, param: `%${likeEscape(f)}%` }));
      if (digits) {
        const stripped = `replace(replace(replace(replace(${column}, ' ', ''), '-', ''), '.', ''), '\u00a0', '')`;
        parts.push({ sql: `${stripped} LIKE ?`, param: `%${digits}%` });
      }
      return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.map((p) => p.param) };
    },
  };
}
