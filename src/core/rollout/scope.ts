// The units a plan or bulk change covers: a region with every active unit
// below it, or a wave's active members.
import type { EntityManager } from 'typeorm';
import { Unit } from '../db/entities';
import { AppError, notFound } from '../errors';
import { loadFlatUnits, type FlatUnit } from '../ownership/coverage';

export async function requireActiveUnit(em: EntityManager, id: number): Promise<Unit> {
  const unit = await em.findOneBy(Unit, { id });
  if (!unit) throw notFound('unit', id);
  if (unit.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${unit.code} is archived`, { code: unit.code, name: unit.name });
  return unit;
}

/**
 * The region (a unit at level rank 1) and the ids of its active units, itself
 * included, in code order. Archived units are left out, and so is anything
 * below them: an archived chapter's groups are not in the rollout either.
 */
export async function regionScope(em: EntityManager, regionId: number): Promise<{ region: FlatUnit; unitIds: number[] }> {
  const units = await loadFlatUnits(em);
  const region = units.find((u) => u.id === regionId);
  if (!region) throw notFound('unit', regionId);
  if (region.levelRank !== 1) {
    throw new AppError('NOT_A_REGION', `Unit ${region.code} is not a region`, { code: region.code, name: region.name });
  }
  if (region.archived) throw new AppError('UNIT_ARCHIVED', `Unit ${region.code} is archived`, { code: region.code, name: region.name });
  const children = new Map<number, FlatUnit[]>();
  for (const u of units) {
    if (u.parentId === null || u.archived) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u);
    else children.set(u.parentId, [u]);
  }
  const unitIds: number[] = [];
  const stack = [region];
  for (let next = stack.pop(); next; next = stack.pop()) {
    unitIds.push(next.id);
    stack.push(...(children.get(next.id) ?? []));
  }
  const code = new Map(units.map((u) => [u.id, u.code]));
  unitIds.sort((a, b) => (code.get(a) ?? '').localeCompare(code.get(b) ?? ''));
  return { region, unitIds };
}

/** A wave's active members, by unit id. */
export async function waveScope(em: EntityManager, waveId: number): Promise<number[]> {
  const rows: Array<{ unitId: number }> = await em.query(
    `SELECT m.unit_id AS "unitId" FROM wave_member m JOIN unit u ON u.id = m.unit_id
     WHERE m.wave_id = ? AND u.archived = FALSE ORDER BY u.code`,
    [waveId],
  );
  return rows.map((r) => r.unitId);
}
