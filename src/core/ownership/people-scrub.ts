// Erasure beyond the person's own row: the support cases they reported lose the
// reporter's name and contact, and every free-text column that names them (see
// person-mentions.ts) has the name, e-mail and phone replaced by «slettet person».
// No row is deleted and no count changes: only text is rewritten.
import type { EntityManager } from 'typeorm';
import { ERASED_TEXT, type PersonMatcher } from './person-match';
import { FREE_TEXT, mapJsonStrings, mentioningRows, reportedCaseIds, type FreeTextTable, type Row } from './person-mentions';

export interface ScrubCounts {
  /** Support cases whose reporter was the person. */
  reportedCases: number;
  /** Rows rewritten, over every table. */
  rows: number;
}

function scrubJson(raw: string, matcher: PersonMatcher): string {
  try {
    return JSON.stringify(mapJsonStrings(JSON.parse(raw), (s) => matcher.scrub(s)));
  } catch {
    return matcher.scrub(raw);
  }
}

/** The changed columns of one row, scrubbed. */
function scrubbedColumns(row: Row, t: FreeTextTable, matcher: PersonMatcher): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const c of t.text) {
    const before = String(row[c] ?? '');
    const after = matcher.scrub(before);
    if (after !== before) changes[c] = after;
  }
  for (const c of t.json) {
    const before = String(row[c] ?? '');
    const after = scrubJson(before, matcher);
    if (after !== before) changes[c] = after;
  }
  return changes;
}

async function updateRow(em: EntityManager, t: FreeTextTable, id: number | string, changes: Record<string, string>): Promise<void> {
  const columns = Object.keys(changes);
  await em.query(`UPDATE ${t.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${t.key} = ?`, [...columns.map((c) => changes[c]), id]);
}

export async function scrubPersonTraces(em: EntityManager, matcher: PersonMatcher): Promise<ScrubCounts> {
  // The reporter fields are the person's own data as a whole, whatever else they say.
  const reported = await reportedCaseIds(em, matcher);
  for (const id of reported) {
    await em.query(
      "UPDATE support_case SET reporter_name = ?, reporter_contact = CASE WHEN reporter_contact = '' THEN '' ELSE CAST(? AS TEXT) END WHERE id = ?",
      [ERASED_TEXT, ERASED_TEXT, id],
    );
  }
  let rows = 0;
  for (const t of FREE_TEXT) {
    for (const row of await mentioningRows(em, matcher, t)) {
      const changes = scrubbedColumns(row, t, matcher);
      if (Object.keys(changes).length === 0) continue;
      await updateRow(em, t, row.id, changes);
      rows += 1;
    }
  }
  return { reportedCases: reported.length, rows };
}
