// The sent log (what went, when, how and to whom, per unit) and the units still missing
// the message for their current stage. Both are computed over the caller's units.
import type { EntityManager } from 'typeorm';
import type { FilledMessage, MissingMessage, SendChannel, SentRecord } from '../../shared/types-messages';
import { inScope } from '../call-context';
import { MessageSent, Wave, WaveMessage } from '../db/entities';
import { fromStoredInstant } from '../db/instants';
import { dialectOf, jsonIds } from '../db/sql';
import { notFound } from '../errors';
import { resolveActor } from '../rollout/actor';
import { computeRolloutStatus } from '../rollout/status';
import { getSettings } from '../services/settings';
import { audienceUnits } from './facts';

/** One row per recipient; a unit where nobody holds the role is not recorded as reached. */
export async function recordSent(em: EntityManager, messageId: number, filled: readonly FilledMessage[], channel: SendChannel, at: Date): Promise<number> {
  const sentBy = await resolveActor(em);
  const rows = filled.filter((f) => f.personId !== null).map((f) => ({
    messageId, unitId: f.unitId, personId: f.personId, channel, subject: f.subject.slice(0, 300), sentAt: at, sentBy,
  }));
  if (rows.length > 0) await em.insert(MessageSent, rows);
  return rows.length;
}

async function requireWave(em: EntityManager, waveId: number): Promise<void> {
  if (!(await em.existsBy(Wave, { id: waveId }))) throw notFound('wave', waveId);
}

export async function sentLog(em: EntityManager, waveId: number): Promise<SentRecord[]> {
  await requireWave(em, waveId);
  const scope = inScope();
  const params: unknown[] = [waveId];
  let where = '';
  if (scope) {
    where = ` AND s.unit_id IN ${jsonIds(dialectOf(em))}`;
    params.push(JSON.stringify(scope));
  }
  const rows: Array<Omit<SentRecord, 'sentAt' | 'personName'> & { sentAt: string; personName: string | null }> = await em.query(
    `SELECT s.id AS id, s.message_id AS "messageId", s.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName",
       s.person_id AS "personId", p.name AS "personName", s.channel AS channel, s.subject AS subject, s.sent_at AS "sentAt", s.sent_by AS "sentBy"
     FROM message_sent s JOIN wave_message m ON m.id = s.message_id JOIN unit u ON u.id = s.unit_id LEFT JOIN person p ON p.id = s.person_id
     WHERE m.wave_id = ?${where} ORDER BY s.sent_at DESC, s.id DESC`,
    params,
  );
  return rows.map((r) => ({ ...r, personName: r.personName ?? '', sentAt: fromStoredInstant(r.sentAt).toISOString() }));
}

export async function missingMessages(em: EntityManager, waveId: number, today: string): Promise<MissingMessage[]> {
  await requireWave(em, waveId);
  const messages = await em.find(WaveMessage, { where: { waveId, timing: 'stage' }, order: { sendOn: 'ASC', id: 'ASC' } });
  if (messages.length === 0) return [];
  const settings = await getSettings(em);
  const out: MissingMessage[] = [];
  for (const message of messages) {
    const units = inScope(await audienceUnits(em, waveId, message.levelId)) ?? [];
    if (units.length === 0) continue;
    const status = await computeRolloutStatus(em, { today, settings, unitIds: units });
    const sent = new Set((await em.find(MessageSent, { where: { messageId: message.id }, select: { unitId: true } })).map((s) => s.unitId));
    const due = units.filter((id) => status.get(id)?.nextStageId === message.stageId && !sent.has(id));
    if (due.length === 0) continue;
    const facts: Array<{ id: number; code: string; name: string }> = await em.query(
      `SELECT id, code, name FROM unit WHERE id IN ${jsonIds(dialectOf(em))} ORDER BY code`, [JSON.stringify(due)],
    );
    for (const u of facts) {
      out.push({ unitId: u.id, unitCode: u.code, unitName: u.name, stageId: message.stageId ?? 0, messageId: message.id, sendOn: message.sendOn });
    }
  }
  return out;
}
