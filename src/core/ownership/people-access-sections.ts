// The sections of the access export beyond the person's own row: the support cases
// they reported, the training sessions they attended or trained, and every note and
// log entry that names them. "Names them" is person-match.ts's rule, over the columns
// person-mentions.ts lists, so the export shows what an erasure would rewrite; bulk
// changes' summaries are left out (their activity log rows, listed, hold the same), and
// so is the actor-name setting (it shows as the actor of those rows).
import { In, type EntityManager } from 'typeorm';
import { ActivityLog, CaseEvent, Stage, StageProgress, SupportCase, Unit, WaveMember } from '../db/entities';
import type { PersonMatcher } from './person-match';
import { freeTextTable, mentioningRows, reportedCaseIds } from './person-mentions';

type UnitRef = { code: string; name: string } | null;

async function unitRefs(em: EntityManager, ids: readonly number[]): Promise<(id: number) => UnitRef> {
  const units = ids.length ? await em.find(Unit, { where: { id: In([...new Set(ids)]) } }) : [];
  const byId = new Map(units.map((u) => [u.id, { code: u.code, name: u.name }]));
  return (id) => byId.get(id) ?? null;
}

async function idsMentioning(em: EntityManager, matcher: PersonMatcher, table: string): Promise<number[]> {
  return (await mentioningRows(em, matcher, freeTextTable(table))).map((r) => Number(r.id));
}

const eventOut = (e: CaseEvent) => ({ at: e.at.toISOString(), kind: e.kind, fromTier: e.fromTier, toTier: e.toTier, note: e.note, actor: e.actor });

/** The cases they reported, whole; and from other cases, the texts and events that name them. */
export async function caseSections(em: EntityManager, matcher: PersonMatcher) {
  const reportedIds = await reportedCaseIds(em, matcher);
  const reported = new Set(reportedIds);
  const otherCaseIds = (await idsMentioning(em, matcher, 'support_case')).filter((id) => !reported.has(id));
  const eventIds = await idsMentioning(em, matcher, 'case_event');
  const cases = await em.find(SupportCase, { where: { id: In([...reportedIds, ...otherCaseIds]) }, order: { id: 'ASC' } });
  const events = await em.find(CaseEvent, { where: [{ caseId: In(reportedIds) }, { id: In(eventIds) }], order: { caseId: 'ASC', at: 'ASC', id: 'ASC' } });
  const unit = await unitRefs(em, cases.map((c) => c.unitId));
  const supportCases = cases.filter((c) => reported.has(c.id)).map((c) => ({
    id: c.id, unit: unit(c.unitId), openedAt: c.openedAt.toISOString(), resolvedAt: c.resolvedAt?.toISOString() ?? null,
    state: c.state, tier: c.tier, reporterName: c.reporterName, reporterContact: c.reporterContact,
    description: c.description, resolution: c.resolution,
    events: events.filter((e) => e.caseId === c.id).map(eventOut),
  }));
  const caseNotes = [
    ...cases.filter((c) => !reported.has(c.id)).map((c) => ({ caseId: c.id, description: c.description, resolution: c.resolution })),
    ...events.filter((e) => !reported.has(e.caseId)).map((e) => ({ caseId: e.caseId, event: eventOut(e) })),
  ];
  return { supportCases, caseNotes };
}

/** Sessions they attended (by their id) or trained (their name in the trainer field). */
export async function trainingSection(em: EntityManager, personId: number, matcher: PersonMatcher) {
  const trained = new Set(await idsMentioning(em, matcher, 'training_session'));
  const attended = new Set<number>((await em.query('SELECT session_id AS id FROM attendance WHERE person_id = ?', [personId]))
    .map((r: { id: number }) => Number(r.id)));
  const ids = [...new Set([...attended, ...trained])];
  if (ids.length === 0) return [];
  const rows: Array<{ id: number; date: string; typeNb: string; typeEn: string; unitCode: string; unitName: string; format: string; trainer: string }> = await em.query(
    `SELECT s.id AS id, s.date AS date, t.name_nb AS "typeNb", t.name_en AS "typeEn", u.code AS "unitCode", u.name AS "unitName",
            s.format AS format, s.trainer AS trainer
     FROM training_session s JOIN training_type t ON t.id = s.type_id JOIN unit u ON u.id = s.unit_id
     WHERE s.id IN (${ids.map(() => '?').join(', ')}) ORDER BY s.date, s.id`,
    ids,
  );
  return rows.map((s) => ({
    id: s.id, date: s.date, type: { nb: s.typeNb, en: s.typeEn }, unit: { code: s.unitCode, name: s.unitName },
    format: s.format, trainer: s.trainer, attended: attended.has(s.id), trained: trained.has(s.id),
  }));
}

/** Stage notes, wave moves, unit contact notes and activity log entries that name them. */
export async function noteSections(em: EntityManager, matcher: PersonMatcher) {
  const progress = await em.find(StageProgress, { where: { id: In(await idsMentioning(em, matcher, 'stage_progress')) }, order: { id: 'ASC' } });
  const moves = await em.find(WaveMember, { where: { unitId: In(await idsMentioning(em, matcher, 'wave_member')) }, relations: { wave: true }, order: { unitId: 'ASC' } });
  const notedUnits = await em.find(Unit, { where: { id: In(await idsMentioning(em, matcher, 'unit')) }, order: { code: 'ASC' } });
  const log = await em.find(ActivityLog, { where: { id: In(await idsMentioning(em, matcher, 'activity_log')) }, order: { id: 'ASC' } });
  const stages = new Map((await em.find(Stage)).map((s) => [s.id, { nb: s.nameNb, en: s.nameEn }]));
  const unit = await unitRefs(em, [...progress.map((p) => p.unitId), ...moves.map((m) => m.unitId), ...log.flatMap((l) => (l.unitId === null ? [] : [l.unitId]))]);
  return {
    stageNotes: progress.map((p) => ({
      unit: unit(p.unitId), stage: stages.get(p.stageId) ?? null, state: p.state, note: p.note, blockedReason: p.blockedReason,
      changedBy: p.changedBy, changedAt: p.changedAt.toISOString(),
    })),
    waveNotes: moves.map((m) => ({ unit: unit(m.unitId), wave: m.wave?.name ?? null, reason: m.reason, changedAt: m.changedAt.toISOString() })),
    unitNotes: notedUnits.map((u) => ({ unit: { code: u.code, name: u.name }, contactNotes: u.contactNotes })),
    activityLog: log.map((l) => ({
      id: l.id, at: l.at.toISOString(), actor: l.actor, kind: l.kind, unit: l.unitId === null ? null : unit(l.unitId),
      detail: parseOr(l.detail),
    })),
  };
}

/** The log's facts as stored; a detail that is not JSON is given as its raw text. */
function parseOr(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
