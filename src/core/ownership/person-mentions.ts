// Where a person can appear outside their own row: every free-text column in the
// database, listed once here so the access export and erasure look in the same places.
// Support cases hold the reporter as a name and a contact line, not a person id, so
// "the cases they reported" are found by the same matching rule (person-match.ts).
import type { EntityManager } from 'typeorm';
import type { PersonMatcher } from './person-match';

export interface FreeTextTable {
  table: string;
  /** The primary key column, read as `id`. */
  key: string;
  /** Plain text columns. */
  text: readonly string[];
  /** JSON columns: the strings inside are matched, the structure kept. */
  json: readonly string[];
}

export const FREE_TEXT: readonly FreeTextTable[] = [
  { table: 'support_case', key: 'id', text: ['reporter_name', 'reporter_contact', 'description', 'resolution'], json: [] },
  { table: 'case_event', key: 'id', text: ['note', 'actor'], json: [] },
  { table: 'training_session', key: 'id', text: ['trainer'], json: [] },
  { table: 'stage_progress', key: 'id', text: ['note', 'blocked_reason', 'changed_by'], json: [] },
  { table: 'wave_member', key: 'unit_id', text: ['reason'], json: [] },
  { table: 'unit', key: 'id', text: ['contact_notes'], json: [] },
  { table: 'feedback_entry', key: 'id', text: ['title', 'description', 'answer'], json: [] },
  { table: 'activity_log', key: 'id', text: ['actor'], json: ['detail'] },
  { table: 'bulk_change', key: 'id', text: ['actor'], json: ['summary'] },
  // The actor name the log is written under may be the person's own.
  { table: 'setting', key: 'key', text: [], json: ['value'] },
];

export type Row = Record<string, unknown> & { id: number | string };

/** Applies `fn` to every string inside a JSON value, keys left alone. */
export function mapJsonStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapJsonStrings(v, fn));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapJsonStrings(v, fn)]));
  }
  return value;
}

/** A JSON column's strings joined, for matching; the raw text when it is not JSON. */
export function jsonText(raw: string): string {
  try {
    const strings: string[] = [];
    mapJsonStrings(JSON.parse(raw), (s) => {
      strings.push(s);
      return s;
    });
    return strings.join('\n');
  } catch {
    return raw;
  }
}

function rowMentions(row: Row, t: FreeTextTable, matcher: PersonMatcher): boolean {
  return t.text.some((c) => matcher.mentions(String(row[c] ?? '')))
    || t.json.some((c) => matcher.mentions(jsonText(String(row[c] ?? ''))));
}

/** The rows of one table that name the person in any of its free-text columns (id and those columns). */
export async function mentioningRows(em: EntityManager, matcher: PersonMatcher, t: FreeTextTable, columns: readonly string[] = [...t.text, ...t.json]): Promise<Row[]> {
  const conditions = columns.map((c) => matcher.candidateSql(c)).filter((c) => c !== null);
  if (conditions.length === 0) return [];
  const rows: Row[] = await em.query(
    `SELECT ${t.key} AS id, ${[...t.text, ...t.json].join(', ')} FROM ${t.table} WHERE ${conditions.map((c) => c.sql).join(' OR ')} ORDER BY ${t.key}`,
    conditions.flatMap((c) => c.params),
  );
  const only: FreeTextTable = { ...t, text: t.text.filter((c) => columns.includes(c)), json: t.json.filter((c) => columns.includes(c)) };
  return rows.filter((row) => rowMentions(row, only, matcher));
}

export function freeTextTable(name: string): FreeTextTable {
  const found = FREE_TEXT.find((t) => t.table === name);
  if (!found) throw new Error(`no free-text table ${name}`);
  return found;
}

/** Ids of the support cases the person reported: their name as reporter, or their e-mail or phone as the contact. */
export async function reportedCaseIds(em: EntityManager, matcher: PersonMatcher): Promise<number[]> {
  const rows = await mentioningRows(em, matcher, freeTextTable('support_case'), ['reporter_name', 'reporter_contact']);
  return rows.map((r) => Number(r.id));
}
