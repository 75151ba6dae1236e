// The "done when" rules of stages: the app proposes completion, a person
// confirms it. Each rule returns the set of units for which it holds today.
import type { EntityManager } from 'typeorm';
import { computeCoverage } from '../ownership/coverage';
import { basicTrainedShareByUnit, meetsBasicTraining, type BasicShare } from '../training/figures';

/**
 * 'super_user_filled': the unit's super-user requirement is met today per
 * coverage ('filled', or 'expiring', which is still held). A unit whose level
 * does not require a super-user has nothing to fill, so nothing is proposed.
 */
export async function superUserFilled(em: EntityManager, today: string, unitIds?: readonly number[]): Promise<Set<number>> {
  const roles: Array<{ id: number }> = await em.query("SELECT id FROM role WHERE key = 'super_user'");
  const roleId = roles[0]?.id;
  if (roleId === undefined) return new Set();
  const rows = await computeCoverage(em, { today, expiryDays: 0, ...(unitIds === undefined ? {} : { unitIds }) });
  return new Set(rows.filter((r) => r.roleId === roleId && r.state !== 'missing' && r.state !== 'vacant').map((r) => r.unitId));
}

/**
 * 'basic_training': at least `percent` % of the unit's current role holders
 * have valid basic training, and there is at least one. The share comes from
 * the training module, so the stage and the coverage figures agree.
 */
export async function basicTrainingMet(em: EntityManager, today: string, percent: number, unitIds?: readonly number[]): Promise<Set<number>> {
  return basicTrainingMetBy(await basicTrainedShareByUnit(em, { today, ...(unitIds === undefined ? {} : { unitIds }) }), percent);
}

/** The same rule over shares already worked out. */
export function basicTrainingMetBy(shares: ReadonlyMap<number, BasicShare>, percent: number): Set<number> {
  const met = new Set<number>();
  for (const [unitId, share] of shares) {
    if (meetsBasicTraining(share, percent)) met.add(unitId);
  }
  return met;
}
