// «Overdue only» without stored due times, the way one would write it without
// them: the unresolved cases through the state index with their holding tier's
// clock and last event in one query, then each clock counted on to now with the
// app's own business-hours calendar (business-time.ts: there is no SQL for
// Norwegian holidays), filtered, ordered newest first and paged.
import { countMinutes } from '../../src/core/support/business-time';
import type { RawDb } from '../support/raw-sqlite';

const instant = (stored: string) => new Date(`${stored.replace(' ', 'T')}Z`);

export async function rawOverdueCases(db: Pick<RawDb, 'all'>, now: Date, limit: number): Promise<{ ids: number[]; total: number }> {
  const policies = new Map(
    (await db.all<{ tier: string; fr: number; res: number; bh: number }>('SELECT tier, first_response_minutes AS fr, resolution_minutes AS res, business_hours AS bh FROM sla_policy'))
      .map((p) => [p.tier, p]),
  );
  const rows = await db.all<{ id: number; state: string; tier: string; responseMinutes: number | null; heldMinutes: number; lastAt: string }>(
    `SELECT c.id AS id, c.state AS state, c.tier AS tier, k.response_minutes AS responseMinutes, k.held_minutes AS heldMinutes,
            (SELECT MAX(e.at) FROM case_event e WHERE e.case_id = c.id) AS lastAt
     FROM support_case c JOIN case_tier_clock k ON k.case_id = c.id AND k.tier = c.tier
     WHERE c.state IN ('open', 'waiting') ORDER BY c.opened_at DESC, c.id DESC`,
  );
  const overdue = rows.filter((r) => {
    const p = policies.get(r.tier);
    if (!p) return false;
    const held = r.heldMinutes + (r.state === 'open' ? countMinutes(instant(r.lastAt), now, Boolean(p.bh)) : 0);
    return (r.responseMinutes === null && held > p.fr) || held > p.res;
  });
  return { ids: overdue.slice(0, limit).map((r) => r.id), total: overdue.length };
}
