// Waves (etapper): named groups of units rolled out between two planned dates,
// with a planned date per stage.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import type { WaveDto } from '../../shared/types-rollout';
import { Wave, WaveStageDate } from '../db/entities';
import { AppError, notFound } from '../errors';
import { loadFlatUnits, regionResolver } from '../ownership/coverage';
import { searchKey } from '../text';
import { refreshRolloutState, refreshWaveState } from '../derived/rollout-state';
import { requireStage } from './stages';
import { writeSpreadDates } from './wave-dates';

export async function listWaves(em: EntityManager, onlyId?: number): Promise<WaveDto[]> {
  const waves = await em.find(Wave, { where: onlyId === undefined ? {} : { id: onlyId }, order: { sortOrder: 'ASC', id: 'ASC' } });
  const dates: Array<{ waveId: number; stageId: number; plannedDate: string }> = await em.query(
    `SELECT d.wave_id AS "waveId", d.stage_id AS "stageId", d.planned_date AS "plannedDate"
     FROM wave_stage_date d JOIN stage s ON s.id = d.stage_id ORDER BY s.sort_order, s.id`,
  );
  // Archived members keep their row but no longer count as the wave's units.
  const members: Array<{ waveId: number; unitId: number }> = await em.query(
    `SELECT m.wave_id AS "waveId", m.unit_id AS "unitId" FROM wave_member m
     JOIN unit u ON u.id = m.unit_id WHERE u.archived = FALSE`,
  );
  const regionOf = regionResolver(await loadFlatUnits(em));
  return waves.map((w) => {
    const mine = members.filter((m) => m.waveId === w.id);
    const regions = new Map<number, { id: number; code: string; name: string }>();
    for (const m of mine) {
      const region = regionOf(m.unitId);
      if (region) regions.set(region.id, { id: region.id, code: region.code, name: region.name });
    }
    return {
      id: w.id, name: w.name, sortOrder: w.sortOrder, plannedStart: w.plannedStart, plannedEnd: w.plannedEnd,
      unitCount: mine.length,
      regions: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
      stageDates: dates.filter((d) => d.waveId === w.id).map((d) => ({ stageId: d.stageId, plannedDate: d.plannedDate })),
    };
  });
}

export async function waveDto(em: EntityManager, id: number): Promise<WaveDto> {
  const [dto] = await listWaves(em, id);
  if (!dto) throw notFound('wave', id);
  return dto;
}

export async function requireWave(em: EntityManager, id: number): Promise<Wave> {
  const wave = await em.findOneBy(Wave, { id });
  if (!wave) throw notFound('wave', id);
  return wave;
}

async function assertNameFree(em: EntityManager, name: string, exceptId?: number): Promise<void> {
  const key = searchKey(name);
  const clash = (await em.find(Wave)).find((w) => w.id !== exceptId && searchKey(w.name) === key);
  if (clash) throw new AppError('NAME_TAKEN', `Wave name ${name} is taken`, { name });
}

export async function createWave(em: EntityManager, input: InputOf<'waves.create'>): Promise<WaveDto> {
  await assertNameFree(em, input.name);
  const [max]: Array<{ last: number | null }> = await em.query('SELECT MAX(sort_order) AS last FROM wave');
  const last = max?.last ?? null;
  const saved = await em.save(em.create(Wave, {
    name: input.name, plannedStart: input.plannedStart, plannedEnd: input.plannedEnd,
    sortOrder: last === null ? 0 : Number(last) + 1,
  }));
  await writeSpreadDates(em, saved.id, saved.plannedStart, saved.plannedEnd);
  return waveDto(em, saved.id);
}

/** A change of either date re-spreads the stage dates (replacing any set by hand). */
export async function updateWave(em: EntityManager, input: InputOf<'waves.update'>): Promise<WaveDto> {
  const wave = await requireWave(em, input.id);
  if (input.name !== undefined) await assertNameFree(em, input.name, wave.id);
  const plannedStart = input.plannedStart ?? wave.plannedStart;
  const plannedEnd = input.plannedEnd ?? wave.plannedEnd;
  if (plannedEnd < plannedStart) {
    throw new AppError('DATE_ORDER', `End ${plannedEnd} is before start ${plannedStart}`, { startDate: plannedStart, endDate: plannedEnd });
  }
  const datesChanged = plannedStart !== wave.plannedStart || plannedEnd !== wave.plannedEnd;
  if (input.name !== undefined) wave.name = input.name;
  wave.plannedStart = plannedStart;
  wave.plannedEnd = plannedEnd;
  await em.save(wave);
  if (datesChanged) {
    await writeSpreadDates(em, wave.id, plannedStart, plannedEnd);
    await refreshWaveState(em, wave.id);
  }
  return waveDto(em, wave.id);
}

/** Only an empty wave may go; its archived members' rows go with it. */
/** Refuses a wave with active units unless the caller confirmed freeing them (the dialog says how many). */
export async function deleteWave(em: EntityManager, id: number, freeUnits = false): Promise<{ id: number; freed: number }> {
  const wave = await requireWave(em, id);
  const [row]: Array<{ n: number }> = await em.query(
    `SELECT COUNT(*) AS n FROM wave_member m JOIN unit u ON u.id = m.unit_id WHERE m.wave_id = ? AND u.archived = FALSE`,
    [id],
  );
  const units = Number(row?.n ?? 0);
  if (units > 0 && !freeUnits) throw new AppError('WAVE_HAS_UNITS', `Wave ${wave.name} has ${units} units`, { name: wave.name, units });
  const members: Array<{ unitId: number }> = await em.query('SELECT unit_id AS "unitId" FROM wave_member WHERE wave_id = ?', [id]);
  await em.query('DELETE FROM wave_member WHERE wave_id = ?', [id]);
  await em.delete(WaveStageDate, { waveId: id });
  await em.delete(Wave, { id });
  await refreshRolloutState(em, members.map((m) => m.unitId));
  return { id, freed: units };
}

export async function setWaveStageDate(em: EntityManager, input: InputOf<'waves.setStageDate'>): Promise<WaveDto> {
  await requireWave(em, input.waveId);
  await requireStage(em, input.stageId);
  await em.upsert(WaveStageDate, { waveId: input.waveId, stageId: input.stageId, plannedDate: input.plannedDate }, ['waveId', 'stageId']);
  await refreshWaveState(em, input.waveId);
  return waveDto(em, input.waveId);
}
