// Wave status: planned against actual for every unit in the wave. The summary
// first, then the wave's dates and counts, then one row per unit with the stage
// it is on; the rows per unit and stage (deviation in days) only as an appendix.
import type { EntityManager } from 'typeorm';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { rollUp } from '../rollout/dashboard';
import { listStages } from '../rollout/stages';
import { computeRolloutStatus } from '../rollout/status';
import { modelHead, type BuildContext } from './build-context';
import type { ReportBlock, ReportModel } from './model';
import { loadStageNames } from './wave-stages';
import { asciiStem } from './file-stem';
import { countLive, liveStageOf } from './status-figures';
import { overdueCountsByUnit } from '../support/cases-read';
import { overdueByRow, summaryBlocks } from './summary';
import { waveDetail, waveFacts, waveSummary, type WaveInfo, type WaveUnit } from './wave-tables';

async function loadWave(em: EntityManager, waveId: number): Promise<WaveInfo & { memberIds: number[] }> {
  const [wave]: Array<WaveInfo> = await em.query(
    'SELECT name, planned_start AS "plannedStart", planned_end AS "plannedEnd" FROM wave WHERE id = ?',
    [waveId],
  );
  // resolveRequest found the wave in this same turn of the queue.
  if (!wave) throw new Error(`wave ${waveId} vanished`);
  const members: Array<{ unitId: number }> = await em.query(
    'SELECT m.unit_id AS "unitId" FROM wave_member m JOIN unit u ON u.id = m.unit_id WHERE m.wave_id = ? AND u.archived = FALSE',
    [waveId],
  );
  return { ...wave, memberIds: members.map((m) => m.unitId) };
}

export async function buildWaveReport(ctx: BuildContext): Promise<ReportModel> {
  const { em, t, lang, today, signal } = ctx;
  const resolved = ctx.request.resolvedWave;
  if (!resolved) throw new Error('a wave report needs a wave'); // resolveRequest requires one
  const wave = await loadWave(em, resolved.id);
  ctx.progress(0.1);
  signal.throwIfAborted();
  const stages = await loadStageNames(em, lang);
  const flat = await loadFlatUnits(em);
  ctx.progress(0.3);
  signal.throwIfAborted();
  const statuses = await computeRolloutStatus(em, { today, settings: ctx.settings, unitIds: wave.memberIds, proposals: false });
  ctx.progress(0.9);
  signal.throwIfAborted();

  const regionOf = regionResolver(flat);
  const byId = new Map(flat.map((u) => [u.id, u]));
  const units: WaveUnit[] = [];
  for (const [unitId, status] of statuses) {
    const unit = byId.get(unitId);
    if (unit) units.push({ id: unitId, code: unit.code, name: unit.name, regionName: regionOf(unitId)?.name ?? null, status });
  }
  // Codes follow the tree (4601 under 46), so code order groups the units by region.
  units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  // The dashboard's roll-up of the same statuses, so the summary equals the Overview's wave figures.
  const checklist = await listStages(em);
  const stageIds = checklist.map((s) => s.id);
  const liveId = liveStageOf(checklist)?.id ?? null;
  const members = new Set(units.map((u) => u.id));
  const overdue = overdueByRow(await overdueCountsByUnit(em, ctx.now), (unitId) => members.has(unitId), (unitId) => unitId);
  const summary = summaryBlocks(t, lang, {
    subject: 'units',
    total: { rollout: rollUp(statuses.values(), stageIds), live: countLive(statuses.values(), liveId), overdueCases: overdue.total },
    rows: units.map((u) => ({
      code: u.code, name: u.name, rollout: rollUp([u.status], stageIds), live: countLive([u.status], liveId), overdueCases: overdue.rows.get(u.id) ?? 0,
    })),
  });
  const head = await modelHead(ctx, {
    title: t('report:wave.title', { wave: wave.name }),
    fileStem: asciiStem(t('report:wave.stem', { wave: wave.name })),
    landscape: true,
  });
  ctx.progress(1);
  return {
    ...head,
    // The summary's figures and the wave's facts side by side, then what needs attention, then the units.
    blocks: [
      summary[0] as ReportBlock,
      { type: 'facts', facts: waveFacts(t, lang, wave, units) },
      ...summary.slice(1),
      { type: 'table', table: waveSummary(t, today, stages, units) },
      // The per-stage detail only when asked for: it is six rows per unit.
      ...(ctx.request.appendix ? [{ type: 'table' as const, table: waveDetail(t, stages, units) }] : []),
    ],
  };
}
