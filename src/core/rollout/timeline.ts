// The waves against time: planned start and end next to when work actually
// began and when the last unit went live.
import type { EntityManager } from 'typeorm';
import type { TimelineWave } from '../../shared/types-rollout';
import { inScope } from '../call-context';
import type { DashboardOptions } from './dashboard';
import { computeRolloutStatus, type UnitStatus } from './status';
import { loadStages } from './status-load';

interface WaveRow {
  id: number;
  name: string;
  plannedStart: string;
  plannedEnd: string;
}

const min = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);
const max = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a >= b ? a : b);

/**
 * Waves in their order. actualStart: the earliest done date among the wave's
 * units; actualEnd: the latest done date of the 'live' stage once every unit
 * is live (the last stage if 'live' was deleted), null until then or for an
 * empty wave.
 */
export async function computeTimeline(em: EntityManager, options: DashboardOptions): Promise<TimelineWave[]> {
  const waves: WaveRow[] = await em.query(
    'SELECT id, name, planned_start AS "plannedStart", planned_end AS "plannedEnd" FROM wave ORDER BY sort_order, id',
  );
  const stages = await loadStages(em);
  const liveId = (stages.find((s) => s.key === 'live') ?? stages[stages.length - 1])?.id;
  // Every wave is listed (the plan is the organization's); its figures count the units in reach.
  const unitIds = inScope();
  const statuses = await computeRolloutStatus(em, { ...options, proposals: false, ...(unitIds ? { unitIds } : {}) });
  const byWave = new Map<number, UnitStatus[]>();
  for (const s of statuses.values()) {
    if (s.waveId === null) continue;
    const list = byWave.get(s.waveId);
    if (list) list.push(s);
    else byWave.set(s.waveId, [s]);
  }
  return waves.map((w) => {
    const units = byWave.get(w.id) ?? [];
    let actualStart: string | null = null;
    let lastLive: string | null = null;
    let allLive = units.length > 0;
    let done = 0;
    for (const u of units) {
      for (const st of u.stages) {
        if (st.state !== 'done') continue;
        done += 1;
        actualStart = min(actualStart, st.doneDate);
      }
      const live = u.stages.find((st) => st.stageId === liveId);
      if (live?.state === 'done') lastLive = max(lastLive, live.doneDate);
      else allLive = false;
    }
    const cells = units.length * stages.length;
    return {
      ...w,
      actualStart,
      actualEnd: allLive ? lastLive : null,
      units: units.length,
      shareDone: cells === 0 ? 0 : done / cells,
      late: units.filter((u) => u.late).length,
    };
  });
}
