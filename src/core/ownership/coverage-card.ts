// The unit card: who owns what at a unit and at each unit above it, with
// contact details. Later features read it as the support escalation path
// (local support -> super-user -> functional owner -> technical owner).
import type { EntityManager } from 'typeorm';
import type { CardHolder, CardLevel, CardRole, UnitCard } from '../../shared/types-ownership';
import { dialectOf, jsonIds } from '../db/sql';
import { notFound } from '../errors';
import { aggregateSlots, loadRequirements, slotKey, slotState } from './coverage';
import { addDays } from './dates';

export interface CardOptions {
  today: string;
  expiryDays: number;
}

interface ChainUnit {
  id: number;
  code: string;
  name: string;
  levelName: string;
  levelRank: number;
}

interface HolderRow extends CardHolder {
  unitId: number;
  roleId: number;
  erasedAt: string | null;
}

/** The unit, then its parent, and so on up to the top. */
async function chainOf(em: EntityManager, unitId: number): Promise<ChainUnit[]> {
  return em.query(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM unit WHERE id = ?
       UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id
     )
     SELECT unit.id AS id, unit.code AS code, unit.name AS name, l.name AS "levelName", l.rank AS "levelRank"
     FROM up JOIN unit ON unit.id = up.id JOIN level l ON l.id = unit.level_id
     ORDER BY up.depth`,
    [unitId],
  );
}

/** Current holders at these units, longest-serving first. */
async function currentHolders(em: EntityManager, unitIds: number[], today: string): Promise<HolderRow[]> {
  return em.query(
    `SELECT a.unit_id AS "unitId", a.role_id AS "roleId", a.person_id AS "personId", p.name AS name, p.email AS email,
            p.phone AS phone, p.erased_at AS "erasedAt", a.start_date AS "startDate", a.end_date AS "endDate"
     FROM assignment a JOIN person p ON p.id = a.person_id
     WHERE a.unit_id IN ${jsonIds(dialectOf(em))}
       AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)
     ORDER BY a.start_date, p.name, a.id`,
    [JSON.stringify(unitIds), today, today],
  );
}

/**
 * For each level, the roles the catalog requires there (always, with their
 * state) and the roles merely allowed there (minimum 0) when someone holds
 * them. An erased person still counts as a holder, because the assignment
 * history stays true, but shows with name '' and no contact details: the UI
 * says "erased person".
 */
export async function buildUnitCard(em: EntityManager, unitId: number, { today, expiryDays }: CardOptions): Promise<UnitCard> {
  const chain = await chainOf(em, unitId);
  if (chain.length === 0) throw notFound('unit', unitId);
  const ids = chain.map((u) => u.id);
  const requirements = await loadRequirements(em, 0);
  const slots = await aggregateSlots(em, today, addDays(today, expiryDays), ids);
  const holders = new Map<string, CardHolder[]>();
  for (const h of await currentHolders(em, ids, today)) {
    const erased = h.erasedAt !== null;
    const holder: CardHolder = {
      personId: h.personId,
      name: erased ? '' : h.name,
      email: erased ? null : h.email,
      phone: erased ? null : h.phone,
      startDate: h.startDate,
      endDate: h.endDate,
    };
    const key = slotKey(h.unitId, h.roleId);
    const list = holders.get(key);
    if (list) list.push(holder);
    else holders.set(key, [holder]);
  }

  const levels = chain.map((unit): CardLevel => {
    const roles: CardRole[] = [];
    for (const req of requirements.get(unit.levelRank) ?? []) {
      const key = slotKey(unit.id, req.roleId);
      const held = holders.get(key) ?? [];
      if (req.minimum === 0 && held.length === 0) continue;
      roles.push({
        roleId: req.roleId,
        roleKey: req.roleKey,
        nameNb: req.nameNb,
        nameEn: req.nameEn,
        minimum: req.minimum,
        ...slotState(req.minimum, slots.get(key)),
        holders: held,
      });
    }
    return { unitId: unit.id, code: unit.code, name: unit.name, levelName: unit.levelName, levelRank: unit.levelRank, roles };
  });
  return { levels, today };
}
