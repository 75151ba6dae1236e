import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { osloDate } from '../ownership/dates';
import { trainingCoverage } from './coverage';
import { createSession, getSession, listSessions, updateSession } from './sessions';
import { deleteSessionUndoably, undo } from '../undo/changes';
import { createTrainingType, deleteTrainingType, listTrainingTypes, updateTrainingType } from './types';

type TrainingMethods =
  | 'trainingTypes.list' | 'trainingTypes.create' | 'trainingTypes.update' | 'trainingTypes.delete'
  | 'trainingSessions.list' | 'trainingSessions.get' | 'trainingSessions.create' | 'trainingSessions.update'
  | 'trainingSessions.delete' | 'trainingSessions.undoDelete' | 'training.coverage';

export function trainingHandlers({ ds, now }: CoreContext): HandlersFor<TrainingMethods> {
  return {
    'trainingTypes.list': async () => listTrainingTypes(ds.manager),
    'trainingTypes.create': async (input) => ds.transaction((em) => createTrainingType(em, input)),
    'trainingTypes.update': async (input) => ds.transaction((em) => updateTrainingType(em, input)),
    'trainingTypes.delete': async ({ id }) => ds.transaction((em) => deleteTrainingType(em, id)),
    'trainingSessions.list': async (input) => listSessions(ds.manager, input),
    'trainingSessions.get': async ({ id }) => getSession(ds.manager, id),
    'trainingSessions.create': async (input) => ds.transaction((em) => createSession(em, input)),
    'trainingSessions.update': async (input) => ds.transaction((em) => updateSession(em, input)),
    'trainingSessions.delete': async ({ id }) => ds.transaction((em) => deleteSessionUndoably(em, id)),
    'trainingSessions.undoDelete': async ({ id }) => ds.transaction((em) => undo(em, id, ['session.delete'])),
    // "Today" is read per call: a long-running app crosses midnight.
    'training.coverage': async ({ regionId }) => trainingCoverage(ds.manager, osloDate(now()), regionId),
  };
}
