// Response-time targets per support tier. One row per tier, seeded by
// migration; edited in place, never added or removed.
import type { EntityManager } from 'typeorm';
import type { InputOf } from '../../shared/contract';
import { SUPPORT_TIERS, type SlaPolicyDto, type SupportTier } from '../../shared/types-support';
import { SlaPolicy } from '../db/entities';
import { rebuildDue } from './due-store';

function toDto(p: SlaPolicy): SlaPolicyDto {
  return {
    tier: p.tier as SupportTier,
    firstResponseMinutes: p.firstResponseMinutes,
    resolutionMinutes: p.resolutionMinutes,
    businessHours: Boolean(p.businessHours),
  };
}

/** All four tiers, ordered chapter → region → national → vendor. */
export async function listSlaPolicies(em: EntityManager): Promise<SlaPolicyDto[]> {
  const rows = await em.find(SlaPolicy);
  const byTier = new Map(rows.map((r) => [r.tier, r]));
  return SUPPORT_TIERS.map((tier) => {
    const row = byTier.get(tier);
    // The migration seeds every tier and nothing deletes one: a gap is a broken database.
    if (!row) throw new Error(`SLA policy for tier ${tier} is missing`);
    return toDto(row);
  });
}

export async function updateSlaPolicy(em: EntityManager, input: InputOf<'sla.update'>): Promise<SlaPolicyDto> {
  await em.upsert(SlaPolicy, {
    tier: input.tier,
    firstResponseMinutes: input.firstResponseMinutes,
    resolutionMinutes: input.resolutionMinutes,
    businessHours: input.businessHours,
  }, ['tier']);
  // Open cases' stored due times follow the new targets in the same transaction.
  await rebuildDue(em);
  const saved = await em.findOneByOrFail(SlaPolicy, { tier: input.tier });
  return toDto(saved);
}
