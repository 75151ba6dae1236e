// `forankring rebuild-figures`: every stored figure worked out again from its inputs,
// in one write: the support rollups and due times, each unit's rollout state and each
// person's training facts.
import type { EntityManager } from 'typeorm';
import { rebuildSupportFigures } from '../support/figures-store';
import { refreshRolloutState } from './rollout-state';
import { refreshTrainingState } from './training-state';

export async function rebuildStoredFigures(em: EntityManager): Promise<{ cases: number; units: number; people: number }> {
  const { cases } = await rebuildSupportFigures(em);
  await refreshRolloutState(em);
  await refreshTrainingState(em);
  const [row]: Array<{ n: number | string }> = await em.query('SELECT COUNT(*) AS n FROM unit_rollout_state');
  const [trained]: Array<{ n: number | string }> = await em.query('SELECT COUNT(DISTINCT person_id) AS n FROM training_person_state');
  return { cases, units: Number(row?.n ?? 0), people: Number(trained?.n ?? 0) };
}
