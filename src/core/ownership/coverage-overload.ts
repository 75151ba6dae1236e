// Overloaded people: more than K current assignments to roles their unit's
// level requires, or one role in more than K units. One super-user for twelve
// chapters is a single point of failure worth seeing.
import type { EntityManager } from 'typeorm';
import type { OverloadRow } from '../../shared/types-ownership';
import { inScope } from '../call-context';
import { dialectOf, jsonIds } from '../db/sql';

export interface OverloadOptions {
  today: string;
  /** K: listed above this many. */
  limit: number;
}

interface PersonRole {
  personId: number;
  units: number;
  requiredRoles: number;
  busiestUnits: number;
  nameNb: string;
  nameEn: string;
}

interface PersonInfo {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  erasedAt: string | null;
}

// Current assignments at active units, per person and role: in how many units,
// and how many of them the unit's level requires. Archived units are closed,
// so roles there are no load.
const perPersonRole = (unitFilter: string) => `
  SELECT a.person_id AS "personId", a.role_id AS "roleId", COUNT(DISTINCT a.unit_id) AS units,
         SUM(CASE WHEN rr.minimum >= 1 THEN 1 ELSE 0 END) AS required
  FROM assignment a
  JOIN unit u ON u.id = a.unit_id AND u.archived = FALSE
  JOIN level l ON l.id = u.level_id
  LEFT JOIN role_requirement rr ON rr.role_id = a.role_id AND rr.level_rank = l.rank
  WHERE a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)${unitFilter}
  GROUP BY a.person_id, a.role_id`;

/**
 * Most loaded first: by required roles, then by the busiest role's units. Erased people show with name ''.
 * For a signed-in user the load counts the units in their reach, so it tells nothing of roles held elsewhere.
 */
export async function computeOverloaded(em: EntityManager, { today, limit }: OverloadOptions): Promise<OverloadRow[]> {
  // One pass: per person and role, with the person's totals as window sums, kept only for people over the limit.
  // Each person's rows come busiest role first, so the first row per person names it.
  const reach = inScope();
  const rows: PersonRole[] = await em.query(
    `WITH pr AS (${perPersonRole(reach ? ` AND a.unit_id IN ${jsonIds(dialectOf(em))}` : '')}),
     totals AS (
       SELECT "personId", "roleId", units,
              SUM(required) OVER (PARTITION BY "personId") AS "requiredRoles",
              MAX(units) OVER (PARTITION BY "personId") AS "busiestUnits"
       FROM pr
     )
     SELECT t."personId" AS "personId", t.units AS units, t."requiredRoles" AS "requiredRoles", t."busiestUnits" AS "busiestUnits",
            r.name_nb AS "nameNb", r.name_en AS "nameEn"
     FROM totals t JOIN role r ON r.id = t."roleId"
     WHERE t."requiredRoles" > ? OR t."busiestUnits" > ?
     ORDER BY t."personId", t.units DESC, r.sort_order, r.id`,
    [today, today, ...(reach ? [JSON.stringify(reach)] : []), limit, limit],
  );
  const busiest = new Map<number, PersonRole>();
  for (const r of rows) if (!busiest.has(r.personId)) busiest.set(r.personId, r);
  if (busiest.size === 0) return [];
  const people: PersonInfo[] = await em.query(
    // One JSON parameter instead of a list of placeholders, so any number of ids fits.
    `SELECT id, name, email, phone, erased_at AS "erasedAt" FROM person WHERE id IN ${jsonIds(dialectOf(em))}`,
    [JSON.stringify([...busiest.keys()])],
  );
  const personById = new Map(people.map((p) => [p.id, p]));

  return [...busiest.values()]
    .map((f): OverloadRow => {
      const person = personById.get(f.personId);
      const erased = !person || person.erasedAt !== null;
      const requiredRoles = Number(f.requiredRoles);
      const busiestRoleUnits = Number(f.busiestUnits);
      return {
        personId: f.personId,
        name: erased ? '' : person.name,
        email: erased ? null : person.email,
        phone: erased ? null : person.phone,
        requiredRoles,
        busiestRoleNameNb: f.nameNb,
        busiestRoleNameEn: f.nameEn,
        busiestRoleUnits,
        reasons: [
          ...(requiredRoles > limit ? (['roles'] as const) : []),
          ...(busiestRoleUnits > limit ? (['units'] as const) : []),
        ],
      };
    })
    .sort((a, b) => b.requiredRoles - a.requiredRoles || b.busiestRoleUnits - a.busiestRoleUnits || a.personId - b.personId);
}
