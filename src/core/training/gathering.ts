// The reminder from the method: a region's super-users should meet at least once a
// year (the seeded 'gathering' type, planned 1–2 a year). A region is reminded when
// none of its current super-users attended a held gathering in the last 12 months.
import type { EntityManager } from 'typeorm';
import type { GatheringReminder } from '../../shared/types-rollout';
import { dialectOf, jsonIds } from '../db/sql';
import { GATHERING_INTERVAL_MONTHS, GATHERING_KEY, monthAdder } from './validity';

export interface GatheringOptions {
  /** Europe/Oslo calendar date, YYYY-MM-DD. */
  today: string;
  /** The active regions to judge, in the order the answer lists them. */
  regions: ReadonlyArray<{ id: number; code: string; name: string }>;
  regionOf: (unitId: number) => number | null;
  /** Only super-users at these units count (a signed-in user's reach); all when left out. */
  unitIds?: readonly number[];
}

interface SuperUserFact { p: number; u: number; last: string | null }

/**
 * Current super-users at active units, each with the date of the latest gathering
 * they attended on or before today (null for none). One query for the whole organization.
 */
async function superUsersWithLastGathering(em: EntityManager, today: string, typeId: number, unitIds?: readonly number[]): Promise<SuperUserFact[]> {
  const d = dialectOf(em);
  const only = unitIds === undefined ? '' : ` AND a.unit_id IN ${jsonIds(d)}`;
  return em.query(
    `SELECT a.person_id AS p, a.unit_id AS u,
            (SELECT MAX(s.date) FROM attendance t JOIN training_session s ON s.id = t.session_id
             WHERE t.person_id = a.person_id AND s.type_id = ? AND s.date <= ?) AS last
     FROM assignment a JOIN role r ON r.id = a.role_id
     WHERE r.key = 'super_user' AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)
       AND a.unit_id NOT IN (SELECT id FROM unit WHERE archived = TRUE)${only}`,
    [typeId, today, today, today, ...(unitIds === undefined ? [] : [JSON.stringify(unitIds)])],
  );
}

/**
 * The regions due a gathering: with at least one current super-user (a region without
 * any shows as an ownership gap instead), and no gathering attended by one of them
 * within 12 months (today < last + 12 months means they have met). None when the
 * gathering type was deleted: there is nothing to plan with.
 */
export async function gatheringReminders(em: EntityManager, options: GatheringOptions): Promise<GatheringReminder[]> {
  const [type]: Array<{ id: number }> = await em.query('SELECT id FROM training_type WHERE key = ?', [GATHERING_KEY]);
  if (!type) return [];
  const facts = await superUsersWithLastGathering(em, options.today, type.id, options.unitIds);
  const byRegion = new Map<number, { people: Set<number>; last: string | null }>();
  for (const f of facts) {
    const region = options.regionOf(f.u);
    if (region === null) continue;
    let group = byRegion.get(region);
    if (group === undefined) {
      group = { people: new Set(), last: null };
      byRegion.set(region, group);
    }
    group.people.add(f.p);
    if (f.last !== null && (group.last === null || f.last > group.last)) group.last = f.last;
  }
  const plus = monthAdder();
  const reminders: GatheringReminder[] = [];
  for (const r of options.regions) {
    const group = byRegion.get(r.id);
    if (group === undefined) continue;
    if (group.last !== null && options.today < plus(group.last, GATHERING_INTERVAL_MONTHS)) continue;
    reminders.push({ regionId: r.id, code: r.code, name: r.name, superUsers: group.people.size, lastGathering: group.last });
  }
  return reminders;
}
