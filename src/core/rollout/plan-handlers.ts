// Handlers for planning the rollout: stages, waves, one unit's progress, and
// bulk changes with undo. Every write runs in one transaction.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { osloDate } from '../ownership/dates';
import { startChange } from './actor';
import { previewBulk, runBulk } from './bulk';
import { describeLastBulk, undoLastBulk } from './bulk-undo';
import { setStage } from './progress';
import { createStage, deleteStage, listStages, moveStage, updateStage } from './stages';
import { getUnitRollout } from './unit-rollout';
import { addRegionToWave, removeRegionFromWave, moveUnitToWave } from './wave-members';
import { createWave, listWaves, setWaveStageDate, updateWave } from './waves';
import { deleteWaveUndoably, undo } from '../undo/changes';

type PlanMethods =
  | 'stages.list' | 'stages.create' | 'stages.update' | 'stages.move' | 'stages.delete'
  | 'waves.list' | 'waves.create' | 'waves.update' | 'waves.delete' | 'waves.undoDelete' | 'waves.setStageDate'
  | 'waves.addRegion' | 'waves.removeRegion' | 'waves.moveUnit'
  | 'rollout.unit' | 'rollout.setStage' | 'rollout.bulk' | 'rollout.bulkPreview' | 'rollout.lastBulk' | 'rollout.undoBulk';

export function rolloutPlanHandlers({ ds, now }: CoreContext): HandlersFor<PlanMethods> {
  return {
    'stages.list': async () => listStages(ds.manager),
    'stages.create': async (input) => ds.transaction((em) => createStage(em, input)),
    'stages.update': async (input) => ds.transaction((em) => updateStage(em, input)),
    'stages.move': async ({ id, direction }) => ds.transaction((em) => moveStage(em, id, direction)),
    'stages.delete': async ({ id }) => ds.transaction((em) => deleteStage(em, id)),

    'waves.list': async () => listWaves(ds.manager),
    'waves.create': async (input) => ds.transaction((em) => createWave(em, input)),
    'waves.update': async (input) => ds.transaction((em) => updateWave(em, input)),
    'waves.delete': async ({ id, freeUnits }) => ds.transaction((em) => deleteWaveUndoably(em, id, freeUnits)),
    'waves.undoDelete': async ({ id }) => ds.transaction((em) => undo(em, id, ['wave.delete'])),
    'waves.setStageDate': async (input) => ds.transaction((em) => setWaveStageDate(em, input)),
    'waves.removeRegion': async ({ waveId, regionId }) => ds.transaction(async (em) =>
      removeRegionFromWave(em, await startChange(em, now()), waveId, regionId)),
    'waves.addRegion': async ({ waveId, regionId }) => ds.transaction(async (em) =>
      addRegionToWave(em, await startChange(em, now()), waveId, regionId)),
    'waves.moveUnit': async ({ unitId, waveId, reason }) => ds.transaction(async (em) => {
      const change = await startChange(em, now());
      await moveUnitToWave(em, change, unitId, waveId, reason);
      return getUnitRollout(em, unitId, change.today);
    }),

    'rollout.unit': async ({ unitId }) => getUnitRollout(ds.manager, unitId, osloDate(now())),
    'rollout.setStage': async (input) => ds.transaction(async (em) => {
      const change = await startChange(em, now());
      await setStage(em, change, input);
      return getUnitRollout(em, input.unitId, change.today);
    }),
    'rollout.bulk': async (input) => ds.transaction(async (em) => runBulk(em, await startChange(em, now()), input)),
    'rollout.bulkPreview': async (input) => previewBulk(ds.manager, input, osloDate(now())),
    'rollout.lastBulk': async () => describeLastBulk(ds.manager),
    'rollout.undoBulk': async () => ds.transaction(async (em) => undoLastBulk(em, await startChange(em, now()))),
  };
}
