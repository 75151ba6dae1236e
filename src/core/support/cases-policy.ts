// The SLA policies and small shared readers for the case services.
import type { EntityManager } from 'typeorm';
import { SUPPORT_TIERS, type SupportTier } from '../../shared/types-support';
import { fromStoredInstant, toStoredInstant } from '../db/instants';
import { AppError } from '../errors';
import type { Policies } from './clocks';

export async function loadPolicies(em: EntityManager): Promise<Policies> {
  const rows: Array<{ tier: string; firstResponseMinutes: number; resolutionMinutes: number; businessHours: number | boolean }> = await em.query(
    `SELECT tier, first_response_minutes AS "firstResponseMinutes", resolution_minutes AS "resolutionMinutes", business_hours AS "businessHours"
     FROM sla_policy`,
  );
  const byTier = new Map(rows.map((r) => [r.tier, r]));
  const entries = SUPPORT_TIERS.map((tier) => {
    const row = byTier.get(tier);
    // The migration seeds every tier and nothing deletes them.
    if (!row) throw new Error(`no SLA policy for tier ${tier}`);
    return [tier, { firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes, businessHours: Boolean(row.businessHours) }];
  });
  return Object.fromEntries(entries) as Policies;
}

/** See db/instants.ts. */
export { toStoredInstant as toStored, fromStoredInstant as fromStored };

export function caseStateError(state: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('CASE_STATE', `The case is ${state}`, { state, ...details });
}

/** When the case's last event happened: where its running clock stretch began. */
export async function lastEventAt(em: EntityManager, caseId: number): Promise<Date | null> {
  const [row]: Array<{ at: string }> = await em.query(
    'SELECT at FROM case_event WHERE case_id = ? ORDER BY at DESC, id DESC LIMIT 1',
    [caseId],
  );
  return row ? fromStoredInstant(row.at) : null;
}

export type { SupportTier };
