// A person's access today: the roles they hold (the catalog gives each an access level)
// and their explicit grants, each over its unit and everything below it. Resolved once
// per call, inside the call's transaction, so it agrees with the data the call reads:
// when a board is replaced on a date, access moves with it that same day.
import type { EntityManager } from 'typeorm';
import type { AccessLevel, Module } from '../../shared/access';

export interface Scope {
  /** Reads every unit: holds a level at the top of the tree. */
  national: boolean;
  /** Administers the organization: `administer` held at a unit with no parent. */
  administer: boolean;
  readable: ReadonlySet<number>;
  exportable: ReadonlySet<number>;
  /** Changes the unit's data in the module (`support` level suffices for the support module). */
  writable(unitId: number, module: Module): boolean;
  /** Changes the organization as a whole (waves, new top units): edits every root's subtree. */
  writesEverywhere: boolean;
}

interface Source {
  unitId: number;
  level: AccessLevel;
  canExport: boolean;
}

const PROPAGATES_EDIT: ReadonlySet<AccessLevel> = new Set(['edit_subtree', 'administer']);

async function sourcesOf(em: EntityManager, personId: number, today: string): Promise<Source[]> {
  const rows: Array<{ unitId: number; level: AccessLevel; canExport: boolean | number }> = await em.query(
    `SELECT a.unit_id AS "unitId", r.access_level AS "level", r.can_export AS "canExport"
       FROM assignment a JOIN role r ON r.id = a.role_id
      WHERE a.person_id = ? AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)
     UNION ALL
     SELECT g.unit_id, g.level, g.can_export
       FROM access_grant g
      WHERE g.person_id = ? AND g.start_date <= ? AND (g.end_date IS NULL OR g.end_date > ?)`,
    [personId, today, today, personId, today, today],
  );
  return rows.map((r) => ({ unitId: r.unitId, level: r.level, canExport: Boolean(r.canExport) }));
}

export const NO_SCOPE: Scope = Object.freeze({
  national: false, administer: false, readable: new Set<number>(), exportable: new Set<number>(),
  writable: () => false, writesEverywhere: false,
});

/**
 * `admin`: the account itself administers the organization (the first administrator,
 * before any unit or role exists): everything, as if it held `administer` at every top unit.
 */
export async function resolveScope(em: EntityManager, personId: number | null, today: string, admin = false): Promise<Scope> {
  if (personId === null && !admin) return NO_SCOPE;
  const sources = personId === null ? [] : await sourcesOf(em, personId, today);
  if (sources.length === 0 && !admin) return NO_SCOPE;
  const units: Array<{ id: number; parentId: number | null }> = await em.query(`SELECT id, parent_id AS "parentId" FROM unit`);
  if (admin) return everything(units.map((u) => u.id));
  const children = new Map<number, number[]>();
  const roots: number[] = [];
  for (const u of units) {
    if (u.parentId === null) roots.push(u.id);
    else {
      const list = children.get(u.parentId);
      if (list) list.push(u.id);
      else children.set(u.parentId, [u.id]);
    }
  }
  const below = (from: number, mark: (id: number) => void): void => {
    const stack = [from];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      mark(id);
      stack.push(...(children.get(id) ?? []));
    }
  };
  const readable = new Set<number>();
  const exportable = new Set<number>();
  const editable = new Set<number>();
  const supportable = new Set<number>();
  const rootSet = new Set(roots);
  let administer = false;
  for (const s of sources) {
    below(s.unitId, (id) => {
      readable.add(id);
      if (s.canExport) exportable.add(id);
      if (PROPAGATES_EDIT.has(s.level)) editable.add(id);
      if (s.level !== 'read') supportable.add(id);
    });
    // "Edit the own unit" edits that unit only; below it, it reads.
    if (s.level === 'edit_unit') editable.add(s.unitId);
    if (s.level === 'administer' && rootSet.has(s.unitId)) administer = true;
  }
  for (const id of editable) supportable.add(id);
  const national = roots.length > 0 && roots.every((r) => readable.has(r));
  return {
    national,
    administer,
    readable,
    exportable,
    writable: (unitId, module) => (module === 'support' ? supportable : editable).has(unitId),
    writesEverywhere: roots.length > 0 && roots.every((r) => editable.has(r)),
  };
}

function everything(ids: number[]): Scope {
  const all = new Set(ids);
  return { national: true, administer: true, readable: all, exportable: all, writable: () => true, writesEverywhere: true };
}
