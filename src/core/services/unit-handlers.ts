import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import {
  archiveUnit, createUnit, deleteUnit, getUnitDetail, listTree, moveUnit, restoreUnit, searchUnits, updateUnit,
} from './units';
import { unitLevelProblems } from './unit-rules';
import { listRegions } from './unit-regions';

type UnitMethods =
  | 'units.tree' | 'units.regions' | 'units.get' | 'units.levelProblems' | 'units.search' | 'units.create' | 'units.update'
  | 'units.move' | 'units.archive' | 'units.restore' | 'units.delete';

export function unitHandlers({ ds }: CoreContext): HandlersFor<UnitMethods> {
  return {
    'units.tree': async ({ includeArchived }) => listTree(ds.manager, includeArchived),
    'units.regions': async () => listRegions(ds.manager),
    'units.get': async ({ id }) => getUnitDetail(ds.manager, id),
    'units.levelProblems': async () => unitLevelProblems(ds.manager),
    'units.search': async ({ query, includeArchived, limit }) => searchUnits(ds.manager, query, includeArchived, limit),
    'units.create': async (input) => ds.transaction((em) => createUnit(em, input)),
    'units.update': async (input) => ds.transaction((em) => updateUnit(em, input)),
    'units.move': async ({ id, parentId }) => ds.transaction((em) => moveUnit(em, id, parentId)),
    'units.archive': async ({ id }) => ds.transaction((em) => archiveUnit(em, id)),
    'units.restore': async ({ id }) => ds.transaction((em) => restoreUnit(em, id)),
    'units.delete': async ({ id }) => ds.transaction((em) => deleteUnit(em, id)),
  };
}
