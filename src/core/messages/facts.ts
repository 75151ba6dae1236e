// What Forankring knows about one unit of a wave, read once per unit and rendered in
// each recipient's language (render.ts): its stage dates, its role holders and gaps,
// its escalation path, the guides to read and each stage's "what to do now".
import type { EntityManager } from 'typeorm';
import type { UnitCard } from '../../shared/types-ownership';
import type { EscalationPath } from '../../shared/types-support';
import { Problem, Stage, StageGuidance, Unit, Wave } from '../db/entities';
import { dialectOf, jsonIds } from '../db/sql';
import { notFound } from '../errors';
import { buildUnitCard } from '../ownership/coverage-card';
import { computeRolloutStatus } from '../rollout/status';
import { getSettings } from '../services/settings';
import { buildEscalationPath } from '../support/path';

export interface StageFact {
  stageId: number;
  nameNb: string;
  nameEn: string;
  plannedDate: string | null;
}

/** The organization-wide part, read once per call. */
export interface Shared {
  wave: Wave;
  stages: Stage[];
  guides: Array<{ titleNb: string; titleEn: string }>;
  /** stageId -> roleKey -> texts. */
  guidance: Map<number, Map<string, { nb: string; en: string }>>;
  settingsLang: 'nb' | 'en';
  today: string;
}

export interface UnitFacts {
  unit: { id: number; code: string; name: string };
  stages: StageFact[];
  /** The first stage not done; null when all are. */
  currentStageId: number | null;
  card: UnitCard;
  path: EscalationPath;
}

export async function loadShared(em: EntityManager, waveId: number, today: string): Promise<Shared> {
  const wave = await em.findOneBy(Wave, { id: waveId });
  if (!wave) throw notFound('wave', waveId);
  const stages = await em.find(Stage, { order: { sortOrder: 'ASC', id: 'ASC' } });
  const guides = await em.find(Problem, { order: { sortOrder: 'ASC', id: 'ASC' }, select: { titleNb: true, titleEn: true } });
  const guidance = new Map<number, Map<string, { nb: string; en: string }>>();
  for (const g of await em.find(StageGuidance)) {
    let byRole = guidance.get(g.stageId);
    if (!byRole) guidance.set(g.stageId, (byRole = new Map()));
    byRole.set(g.roleKey, { nb: g.textNb, en: g.textEn });
  }
  const { language } = await getSettings(em);
  return { wave, stages, guides, guidance, settingsLang: language, today };
}

export async function loadUnitFacts(em: EntityManager, shared: Shared, unitId: number): Promise<UnitFacts> {
  const unit = await em.findOneBy(Unit, { id: unitId });
  if (!unit) throw notFound('unit', unitId);
  const settings = await getSettings(em);
  const status = (await computeRolloutStatus(em, { today: shared.today, settings, unitIds: [unitId] })).get(unitId);
  const names = new Map(shared.stages.map((s) => [s.id, s]));
  const stages = (status?.stages ?? []).map((s): StageFact => ({
    stageId: s.stageId, nameNb: names.get(s.stageId)?.nameNb ?? '', nameEn: names.get(s.stageId)?.nameEn ?? '', plannedDate: s.plannedDate,
  }));
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name },
    stages,
    currentStageId: status?.nextStageId ?? null,
    card: await buildUnitCard(em, unitId, { today: shared.today, expiryDays: settings.expiryDays }),
    path: await buildEscalationPath(em, unitId, shared.today),
  };
}

export interface Holder {
  personId: number;
  name: string;
  email: string | null;
  language: string | null;
}

/** Who holds the role at each unit today; erased people are nobody to write to. */
export async function holdersOf(em: EntityManager, roleId: number, unitIds: readonly number[], today: string): Promise<Map<number, Holder[]>> {
  const out = new Map<number, Holder[]>();
  if (unitIds.length === 0) return out;
  const rows: Array<Holder & { unitId: number }> = await em.query(
    `SELECT a.unit_id AS "unitId", p.id AS "personId", p.name AS name, p.email AS email, p.language AS language
     FROM assignment a JOIN person p ON p.id = a.person_id
     WHERE a.role_id = ? AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?) AND p.erased_at IS NULL
       AND a.unit_id IN ${jsonIds(dialectOf(em))}
     ORDER BY p.name, p.id`,
    [roleId, today, today, JSON.stringify(unitIds)],
  );
  for (const { unitId, ...holder } of rows) {
    const list = out.get(unitId);
    if (list) list.push(holder);
    else out.set(unitId, [holder]);
  }
  return out;
}

export async function waveUnits(em: EntityManager, waveId: number): Promise<Array<{ id: number; code: string; name: string; levelId: number }>> {
  return em.query(
    `SELECT u.id AS id, u.code AS code, u.name AS name, u.level_id AS "levelId" FROM wave_member m JOIN unit u ON u.id = m.unit_id
     WHERE m.wave_id = ? AND u.archived = FALSE ORDER BY u.code`,
    [waveId],
  );
}

/** Units of the wave at a level, by code. */
export async function audienceUnits(em: EntityManager, waveId: number, levelId: number): Promise<number[]> {
  const rows: Array<{ id: number }> = await em.query(
    `SELECT u.id AS id FROM wave_member m JOIN unit u ON u.id = m.unit_id
     WHERE m.wave_id = ? AND u.level_id = ? AND u.archived = FALSE ORDER BY u.code`,
    [waveId, levelId],
  );
  return rows.map((r) => r.id);
}
