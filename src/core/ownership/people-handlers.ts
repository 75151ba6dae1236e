import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { createAssignment, listAssignments } from './assignments';
import { endAssignmentUndoably, replaceBoardUndoably, undo } from '../undo/changes';
import { osloDate } from './dates';
import { getPerson, createPerson, searchPeople, updatePerson } from './people';
import { checkpointWal } from '../db/data-source';
import { afterCommit } from '../audit/record';
import { exportPersonData } from './people-access';
import { erasePerson } from './people-erase';
import { boardEnding } from './replace-board';
import { createRole, deleteRole, listRoles, updateRole } from './roles';

type PeopleMethods =
  | 'people.search' | 'people.get' | 'people.create' | 'people.update' | 'people.exportData' | 'people.erase'
  | 'roles.list' | 'roles.create' | 'roles.update' | 'roles.delete'
  | 'assignments.list' | 'assignments.create' | 'assignments.end'
  | 'assignments.boardEnding' | 'assignments.replaceBoard' | 'assignments.undo';

export function peopleHandlers({ ds, now }: CoreContext): HandlersFor<PeopleMethods> {
  // "Today" is read per call: a long-running app crosses midnight.
  const today = () => osloDate(now());
  return {
    'people.search': async (input) => searchPeople(ds.manager, today(), input),
    'people.get': async ({ id }) => getPerson(ds.manager, today(), id),
    'people.create': async (input) => ds.transaction((em) => createPerson(em, today(), input)),
    'people.update': async (input) => ds.transaction((em) => updatePerson(em, today(), input)),
    'people.exportData': async ({ id }) => {
      const instant = now();
      return exportPersonData(ds.manager, osloDate(instant), id, instant);
    },
    'people.erase': async ({ id }) => {
      const instant = now();
      const erased = await ds.transaction((em) => erasePerson(em, osloDate(instant), id, instant));
      // After the call's commit (a checkpoint cannot run inside a transaction, and the
      // audit trail makes the call one) and still in this call's turn of the core's queue, so no other transaction is open: the pages that
      // held the person's data are copied back from the -wal file and the file is emptied.
      await afterCommit(() => checkpointWal(ds));
      return erased;
    },
    'roles.list': async () => listRoles(ds.manager, today()),
    'roles.create': async (input) => ds.transaction((em) => createRole(em, today(), input)),
    'roles.update': async (input) => ds.transaction((em) => updateRole(em, today(), input)),
    'roles.delete': async ({ id }) => ds.transaction((em) => deleteRole(em, id)),
    'assignments.list': async (input) => listAssignments(ds.manager, today(), input),
    'assignments.create': async (input) => ds.transaction((em) => createAssignment(em, today(), input)),
    'assignments.end': async (input) => ds.transaction((em) => endAssignmentUndoably(em, today(), input)),
    'assignments.undo': async ({ id }) => ds.transaction((em) => undo(em, id, ['assignment.end', 'board.replace'])),
    'assignments.boardEnding': async ({ unitId, date }) => boardEnding(ds.manager, today(), unitId, date),
    'assignments.replaceBoard': async (input) => ds.transaction((em) => replaceBoardUndoably(em, today(), input)),
  };
}
