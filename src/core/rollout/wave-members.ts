// Who is in which wave. Planned by region; single units can be moved with a
// reason. A unit is in one wave at a time (the unit id is wave_member's key),
// and every move is logged.
import { In, type EntityManager } from 'typeorm';
import type { WaveDto } from '../../shared/types-rollout';
import { WaveMember } from '../db/entities';
import { dialectOf, jsonIds } from '../db/sql';
import { refreshRolloutState } from '../derived/rollout-state';
import type { Change } from './actor';
import { logActivity, type ActivityWrite } from './activity';
import { regionScope, requireActiveUnit } from './scope';
import { requireWave, waveDto } from './waves';

const CHUNK = 200;

/** Puts the region and every active unit below it in the wave, moving them from any other wave. */
export async function addRegionToWave(em: EntityManager, change: Change, waveId: number, regionId: number): Promise<WaveDto> {
  await requireWave(em, waveId);
  const { unitIds } = await regionScope(em, regionId);
  const current: Array<{ unitId: number; waveId: number }> = await em.query(
    `SELECT unit_id AS "unitId", wave_id AS "waveId" FROM wave_member WHERE unit_id IN ${jsonIds(dialectOf(em))}`,
    [JSON.stringify(unitIds)],
  );
  const waveOf = new Map(current.map((c) => [c.unitId, c.waveId]));
  // Units already in this wave stay as they are (with any reason they were moved for).
  const moving = unitIds.filter((id) => waveOf.get(id) !== waveId);
  const rows = moving.map((unitId) => ({ unitId, waveId, reason: '', changedAt: change.at }));
  for (let i = 0; i < rows.length; i += CHUNK) await em.upsert(WaveMember, rows.slice(i, i + CHUNK), ['unitId']);
  await refreshRolloutState(em, moving);
  await logActivity(em, moving.map((unitId): ActivityWrite => ({
    at: change.at, actor: change.actor, kind: 'wave_member', unitId, waveId,
    detail: { fromWaveId: waveOf.get(unitId) ?? null, toWaveId: waveId, reason: '', regionId },
  })));
  return waveDto(em, waveId);
}

/** Takes a region out of a wave: every unit of it that is in this wave leaves it (and no other wave); each leaving is logged. */
export async function removeRegionFromWave(em: EntityManager, change: Change, waveId: number, regionId: number): Promise<WaveDto> {
  await requireWave(em, waveId);
  const { unitIds } = await regionScope(em, regionId);
  const inWave: Array<{ unitId: number }> = await em.query(
    `SELECT unit_id AS "unitId" FROM wave_member WHERE wave_id = ? AND unit_id IN ${jsonIds(dialectOf(em))}`,
    [waveId, JSON.stringify(unitIds)],
  );
  const leaving = inWave.map((m) => m.unitId);
  for (let i = 0; i < leaving.length; i += CHUNK) await em.delete(WaveMember, { unitId: In(leaving.slice(i, i + CHUNK)) });
  await refreshRolloutState(em, leaving);
  await logActivity(em, leaving.map((unitId): ActivityWrite => ({
    at: change.at, actor: change.actor, kind: 'wave_member', unitId, waveId: null,
    detail: { fromWaveId: waveId, toWaveId: null, reason: '', regionId },
  })));
  return waveDto(em, waveId);
}

/** Moves one unit to another wave, or out of any (waveId null). The reason is kept on the membership and in the log. */
export async function moveUnitToWave(
  em: EntityManager, change: Change, unitId: number, waveId: number | null, reason: string,
): Promise<void> {
  await requireActiveUnit(em, unitId);
  if (waveId !== null) await requireWave(em, waveId);
  const before = await em.findOneBy(WaveMember, { unitId });
  if (waveId === null) await em.delete(WaveMember, { unitId });
  else await em.upsert(WaveMember, { unitId, waveId, reason, changedAt: change.at }, ['unitId']);
  await refreshRolloutState(em, [unitId]);
  await logActivity(em, [{
    at: change.at, actor: change.actor, kind: 'wave_member', unitId, waveId,
    detail: { fromWaveId: before?.waveId ?? null, toWaveId: waveId, reason },
  }]);
}
