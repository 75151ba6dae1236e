// The waves against time: planned start and end next to when work actually
// began and when the last unit went live.
import type { EntityManager } from 'typeorm';
import type { TimelineWave } from '../../shared/types-rollout';
import { inScope } from '../call-context';
import { waveStates } from '../derived/rollout-read';
import type { DashboardOptions } from './dashboard';
import { loadStages } from './status-load';

interface WaveRow {
  id: number;
  name: string;
  plannedStart: string;
  plannedEnd: string;
}

/**
 * Waves in their order. actualStart: the earliest done date among the wave's
 * units; actualEnd: the latest done date of the 'live' stage once every unit
 * is live (the last stage if 'live' was deleted), null until then or for an
 * empty wave. Read from the stored unit states (derived/rollout-state.ts).
 */
export async function computeTimeline(em: EntityManager, options: DashboardOptions): Promise<TimelineWave[]> {
  const waves: WaveRow[] = await em.query(
    'SELECT id, name, planned_start AS "plannedStart", planned_end AS "plannedEnd" FROM wave ORDER BY sort_order, id',
  );
  const stageCount = (await loadStages(em)).length;
  // Every wave is listed (the plan is the organization's); its figures count the units in reach.
  const states = await waveStates(em, options.today, inScope());
  return waves.map((w) => {
    const s = states.get(w.id);
    const units = s?.units ?? 0;
    const cells = units * stageCount;
    return {
      ...w,
      actualStart: s?.actualStart ?? null,
      actualEnd: s && units > 0 && s.notLive === 0 ? s.lastLive : null,
      units,
      shareDone: cells === 0 ? 0 : (s?.done ?? 0) / cells,
      late: s?.late ?? 0,
    };
  });
}
