// One case in full: its events (corrections with what changed), its tier
// clocks (the holding one counted up to now, with due times) and the
// escalation path of its unit as it is now.
import type { EntityManager } from 'typeorm';
import type { CaseDetail, CaseEventDto, SupportTier, TierClockDto } from '../../shared/types-support';
import { SUPPORT_TIERS } from '../../shared/types-support';
import { notFound } from '../errors';
import { changesOf } from './cases-correct';
import { fromStored, loadPolicies } from './cases-policy';
import { CASE_COLUMNS, CASE_FROM, holdingClock, toRow, type CaseRecord } from './cases-read';
import { dueAt, runningSegments, type ClockState } from './clocks';

interface EventRecord {
  id: number;
  at: string;
  kind: CaseEventDto['kind'];
  fromTier: SupportTier | null;
  toTier: SupportTier | null;
  note: string;
  actor: string;
  detail: string;
}

interface ClockRecord {
  tier: SupportTier;
  arrivedAt: string;
  responseMinutes: number | null;
  heldMinutes: number;
  responseBreached: number | boolean;
  resolutionBreached: number | boolean;
}

/** One case with its events, its tier clocks (the holding one counted up to now, with due times) and its escalation path. */
export async function getCase(
  em: EntityManager,
  id: number,
  now: Date,
  pathOf: (unitId: number) => Promise<CaseDetail['path']>,
): Promise<CaseDetail> {
  const [record]: Array<CaseRecord & { reporterContact: string; description: string; resolution: string; resolvedTier: SupportTier | null }> =
    await em.query(
      `SELECT ${CASE_COLUMNS}, c.reporter_contact AS "reporterContact", c.description AS description, c.resolution AS resolution,
              c.resolved_tier AS "resolvedTier"
       ${CASE_FROM} WHERE c.id = ?`,
      [id],
    );
  if (!record) throw notFound('case', id);
  const policies = await loadPolicies(em);
  const [region]: Array<{ name: string }> = await em.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM unit WHERE id = ?
       UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
     )
     SELECT unit.name AS name FROM up JOIN unit ON unit.id = up.id JOIN level l ON l.id = unit.level_id WHERE l.rank = 1 LIMIT 1`,
    [record.unitId],
  );
  const eventRows: EventRecord[] = await em.query(
    `SELECT id, at, kind, from_tier AS "fromTier", to_tier AS "toTier", note, actor, detail FROM case_event WHERE case_id = ? ORDER BY at, id`,
    [id],
  );
  const events: CaseEventDto[] = eventRows.map(({ detail, ...e }) => ({ ...e, at: fromStored(e.at).toISOString(), changes: changesOf(e.kind, detail) }));
  const clockRows: ClockRecord[] = await em.query(
    `SELECT tier, arrived_at AS "arrivedAt", response_minutes AS "responseMinutes", held_minutes AS "heldMinutes",
            response_breached AS "responseBreached", resolution_breached AS "resolutionBreached"
     FROM case_tier_clock WHERE case_id = ?`,
    [id],
  );
  const replay = eventRows.map((e) => ({ at: fromStored(e.at), kind: e.kind, toTier: e.toTier }));
  const clocks = clockRows
    .sort((a, b) => SUPPORT_TIERS.indexOf(a.tier) - SUPPORT_TIERS.indexOf(b.tier))
    .map((k): TierClockDto => {
      const policy = policies[k.tier];
      const stored: ClockState = {
        responseMinutes: k.responseMinutes, heldMinutes: k.heldMinutes,
        responseBreached: Boolean(k.responseBreached), resolutionBreached: Boolean(k.resolutionBreached),
      };
      const holding = k.tier === record.tier && record.state !== 'resolved';
      const clock = holding ? holdingClock(record, now, policies) : stored;
      const segments = holding ? runningSegments(replay, k.tier) : [];
      const due = (target: number) => dueAt(segments, target, policy.businessHours)?.toISOString() ?? null;
      return {
        tier: k.tier,
        arrivedAt: fromStored(k.arrivedAt).toISOString(),
        ...clock,
        responseDueAt: holding && clock.responseMinutes === null ? due(policy.firstResponseMinutes) : null,
        resolutionDueAt: holding ? due(policy.resolutionMinutes) : null,
      };
    });
  return {
    ...toRow(record, region?.name ?? null, now, policies),
    reporterContact: record.reporterContact,
    description: record.description,
    resolution: record.resolution,
    resolvedTier: record.resolvedTier,
    events,
    clocks,
    path: await pathOf(record.unitId),
  };
}
