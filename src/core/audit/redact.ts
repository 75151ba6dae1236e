// Erasing a person (ownership/people-erase.ts) reaches the audit trail too: as the actor,
// and in the before/after values that named them, they become «slettet person», as
// everywhere else in the app. The triggers allow exactly this update (migration 1764600000000).
import type { EntityManager } from 'typeorm';
import { ERASED_TEXT, type PersonMatcher } from '../ownership/person-match';
import { mapJsonStrings } from '../ownership/person-mentions';

const PERSONAL = new Set(['name', 'email', 'phone', 'note', 'language']);

type EventRow = { id: number; actor_person_id: number | null; actor_label: string; entity: string | null; entity_id: string | null; changes: string };

export async function redactAuditPerson(em: EntityManager, personId: number, matcher: PersonMatcher): Promise<number> {
  // The local owner's shown name (the settings' actor name) may be the person's too.
  const candidates = [matcher.candidateSql('changes'), matcher.candidateSql('actor_label')].filter((c) => c !== null);
  const rows: EventRow[] = await em.query(
    `SELECT id, actor_person_id, actor_label, entity, entity_id, changes FROM audit_event
     WHERE actor_person_id = ? OR (entity = 'person' AND entity_id = ?)${candidates.map((c) => ` OR (${c.sql})`).join('')}`,
    [personId, String(personId), ...candidates.flatMap((c) => c.params)],
  );
  let n = 0;
  for (const row of rows) {
    const own = row.entity === 'person' && row.entity_id === String(personId);
    const parsed = JSON.parse(row.changes) as Record<string, unknown>;
    const changes = Object.fromEntries(Object.entries(parsed).map(([field, values]) => [
      field,
      // The person's own row: its personal fields were theirs whatever they said.
      mapJsonStrings(values, (s) => (own && PERSONAL.has(field) && s !== '' ? ERASED_TEXT : matcher.scrub(s))),
    ]));
    const label = row.actor_person_id === personId ? ERASED_TEXT : matcher.scrub(row.actor_label);
    const text = JSON.stringify(changes);
    if (text === row.changes && label === row.actor_label) continue;
    await em.query(`UPDATE audit_event SET redacted = ?, actor_label = ?, changes = ? WHERE id = ?`, [true, label, text, row.id]);
    n += 1;
  }
  return n;
}
