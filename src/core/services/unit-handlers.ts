import type { EntityManager } from 'typeorm';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import {
  archiveUnit, createUnit, deleteUnit, getUnitDetail, listTree, moveUnit, restoreUnit, searchUnits, updateUnit,
} from './units';
import { unitLevelProblems } from './unit-rules';
import { listRegions } from './unit-regions';
import { refreshRolloutState, refreshSubtreeState } from '../derived/rollout-state';

type UnitMethods =
  | 'units.tree' | 'units.regions' | 'units.get' | 'units.levelProblems' | 'units.search' | 'units.create' | 'units.update'
  | 'units.move' | 'units.archive' | 'units.restore' | 'units.delete';

async function andSubtree<T>(em: EntityManager, unitId: number, result: T): Promise<T> {
  await refreshSubtreeState(em, unitId);
  return result;
}

export function unitHandlers({ ds }: CoreContext): HandlersFor<UnitMethods> {
  return {
    'units.tree': async ({ includeArchived }) => listTree(ds.manager, includeArchived),
    'units.regions': async () => listRegions(ds.manager),
    'units.get': async ({ id }) => getUnitDetail(ds.manager, id),
    'units.levelProblems': async () => unitLevelProblems(ds.manager),
    'units.search': async ({ query, includeArchived, limit }) => searchUnits(ds.manager, query, includeArchived, limit),
    // Each tree write stores the rollout state of the units whose region or activity it may change.
    'units.create': async (input) => ds.transaction(async (em) => {
      const unit = await createUnit(em, input);
      await refreshRolloutState(em, [unit.id]);
      return unit;
    }),
    'units.update': async (input) => ds.transaction(async (em) => andSubtree(em, input.id, await updateUnit(em, input))),
    'units.move': async ({ id, parentId }) => ds.transaction(async (em) => andSubtree(em, id, await moveUnit(em, id, parentId))),
    'units.archive': async ({ id }) => ds.transaction(async (em) => andSubtree(em, id, await archiveUnit(em, id))),
    'units.restore': async ({ id }) => ds.transaction(async (em) => andSubtree(em, id, await restoreUnit(em, id))),
    'units.delete': async ({ id }) => ds.transaction(async (em) => {
      const result = await deleteUnit(em, id);
      await refreshRolloutState(em, [id]);
      return result;
    }),
  };
}
