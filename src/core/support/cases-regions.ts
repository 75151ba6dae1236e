// Which units belong to a region (the region itself and everything below it),
// for the region filters of the case list and the metrics.
import { notFound } from '../errors';
import type { EntityManager } from 'typeorm';
import { regionOfUnit, regionResolver, type FlatUnit } from '../ownership/coverage';

/** The ids of the region's units, archived ones included (their old cases still count). NOT_FOUND if it is not a region. */
export function regionUnitIds(units: readonly FlatUnit[], regionId: number): number[] {
  const region = units.find((u) => u.id === regionId);
  if (!region || region.levelRank !== 1) throw notFound('region', regionId);
  const regionOf = regionResolver(units);
  return units.filter((u) => regionOf(u.id)?.id === regionId).map((u) => u.id);
}

/** The region name of each of a page's units, from their own ancestors: a page never reads the whole tree. */
export async function regionNames(em: EntityManager, unitIds: readonly number[]): Promise<Map<number, string | null>> {
  const names = new Map<number, string | null>();
  for (const id of new Set(unitIds)) names.set(id, (await regionOfUnit(em, id))?.name ?? null);
  return names;
}
