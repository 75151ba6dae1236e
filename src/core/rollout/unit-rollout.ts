// One unit's rollout page: its wave, every stage with the derived flags
// (from status.ts, the one implementation of the rules), and its history.
import type { EntityManager } from 'typeorm';
import type { UnitRollout } from '../../shared/types-rollout';
import { Unit, Wave, WaveMember } from '../db/entities';
import { notFound } from '../errors';
import { regionOfUnit } from '../ownership/coverage';
import { getSettings } from '../services/settings';
import { unitHistory } from './activity';
import { computeRolloutStatus } from './status';

/**
 * An archived unit is out of the rollout, so it has no derived status: its
 * page shows the wave and history only (no stages, nothing late or at risk).
 */
export async function getUnitRollout(em: EntityManager, unitId: number, today: string): Promise<UnitRollout> {
  const unit = await em.findOneBy(Unit, { id: unitId });
  if (!unit) throw notFound('unit', unitId);
  const settings = await getSettings(em);
  const status = (await computeRolloutStatus(em, { today, settings, unitIds: [unitId] })).get(unitId);
  const member = await em.findOneBy(WaveMember, { unitId });
  const wave = member ? await em.findOneBy(Wave, { id: member.waveId }) : null;
  const region = await regionOfUnit(em, unitId);
  return {
    unitId, code: unit.code, name: unit.name,
    regionName: region?.name ?? null,
    wave: member && wave
      ? { id: wave.id, name: wave.name, plannedStart: wave.plannedStart, plannedEnd: wave.plannedEnd, reason: member.reason }
      : null,
    stages: status?.stages ?? [],
    position: status?.position ?? { kind: 'not_planned', doneThroughStageId: null, workingOnStageId: null, complete: false },
    nextStageId: status?.nextStageId ?? null,
    readyStageIds: status?.readyStageIds ?? [],
    shareDone: status?.shareDone ?? 0,
    late: status?.late ?? false,
    blocked: status?.blocked ?? false,
    atRisk: status?.atRisk ?? false,
    history: await unitHistory(em, unitId),
  };
}
