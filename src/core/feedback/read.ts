// Reading «Innspill»: one query shape for the faggruppe's list, a unit's own view and
// one entry, each row with its unit's region, its raiser, its stage and the entry it duplicates.
import type { EntityManager } from 'typeorm';
import type { FeedbackAnswer, FeedbackEntry, FeedbackKind, FeedbackStatus } from '../../shared/types-feedback';
import { visibleUnits } from '../call-context';
import { fromStoredInstant } from '../db/instants';
import { dialectOf, jsonIds } from '../db/sql';
import { notFound } from '../errors';
import { loadFlatUnits, regionResolver, type FlatUnit } from '../ownership/coverage';

interface EntryRow {
  id: number; unitId: number; unitCode: string; unitName: string; kind: FeedbackKind; title: string; description: string;
  raisedById: number | null; raisedByName: string | null; anonymous: number | boolean;
  stageId: number | null; stageNameNb: string | null; stageNameEn: string | null;
  status: FeedbackStatus; answer: string; signedAs: string; answeredAt: string | null; createdAt: string;
  votes: number | string; linkedVotes: number | string | null; duplicateOfId: number | null; merged: number | boolean;
  keptTitle: string | null; keptStatus: FeedbackStatus | null; keptAnswer: string | null; keptSignedAs: string | null; keptAnsweredAt: string | null;
}

const COLUMNS = `f.id AS id, f.unit_id AS "unitId", u.code AS "unitCode", u.name AS "unitName", f.kind AS kind, f.title AS title,
  f.description AS description, f.raised_by_id AS "raisedById", p.name AS "raisedByName", f.anonymous AS anonymous,
  f.stage_id AS "stageId", s.name_nb AS "stageNameNb", s.name_en AS "stageNameEn", f.status AS status, f.answer AS answer,
  f.answer_signed_as AS "signedAs", f.answered_at AS "answeredAt", f.created_at AS "createdAt", f.votes AS votes,
  (SELECT SUM(d.votes) FROM feedback_entry d WHERE d.duplicate_of_id = f.id) AS "linkedVotes",
  f.duplicate_of_id AS "duplicateOfId", f.merged AS merged, k.title AS "keptTitle", k.status AS "keptStatus",
  k.answer AS "keptAnswer", k.answer_signed_as AS "keptSignedAs", k.answered_at AS "keptAnsweredAt"`;
const JOINS = `JOIN unit u ON u.id = f.unit_id LEFT JOIN person p ON p.id = f.raised_by_id
  LEFT JOIN stage s ON s.id = f.stage_id LEFT JOIN feedback_entry k ON k.id = f.duplicate_of_id`;
const FROM = `FROM feedback_entry f ${JOINS}`;
/** The oldest unanswered first; answered ones after them, oldest first too. */
const OLDEST_UNANSWERED = 'ORDER BY CASE WHEN f.answered_at IS NULL THEN 0 ELSE 1 END, f.created_at, f.id';

function answerOf(text: string | null, at: string | null, signedAs: string | null): FeedbackAnswer | null {
  return text && at ? { text, at: fromStoredInstant(at).toISOString(), signedAs: signedAs ?? '' } : null;
}

type RegionOf = (unitId: number) => Pick<FlatUnit, 'id' | 'name'> | null;

function toEntry(r: EntryRow, regionOf: RegionOf): FeedbackEntry {
  const region = regionOf(r.unitId);
  const votes = Number(r.votes);
  return {
    id: r.id, unitId: r.unitId, unitCode: r.unitCode, unitName: r.unitName,
    regionId: region?.id ?? null, regionName: region?.name ?? null,
    kind: r.kind, title: r.title, description: r.description,
    raisedBy: r.raisedById === null ? null : { id: r.raisedById, name: r.raisedByName ?? '' },
    anonymous: Boolean(r.anonymous),
    stageId: r.stageId, stageNameNb: r.stageNameNb, stageNameEn: r.stageNameEn,
    status: r.status, answer: answerOf(r.answer, r.answeredAt, r.signedAs),
    createdAt: fromStoredInstant(r.createdAt).toISOString(),
    votes, totalVotes: votes + Number(r.linkedVotes ?? 0),
    duplicateOf: r.duplicateOfId === null ? null : {
      id: r.duplicateOfId, title: r.keptTitle ?? '', status: r.keptStatus ?? 'new',
      answer: answerOf(r.keptAnswer, r.keptAnsweredAt, r.keptSignedAs),
    },
    merged: Boolean(r.merged),
  };
}

export interface ListInput {
  status: FeedbackStatus | null;
  openOnly: boolean;
  kind: FeedbackKind | null;
  regionId: number | null;
  stageId: number | null;
  limit: number;
  offset: number;
}

/** The faggruppe's list: every entry not merged away, over the caller's units, oldest unanswered first. */
export async function listFeedback(em: EntityManager, input: ListInput): Promise<{ rows: FeedbackEntry[]; total: number }> {
  const d = dialectOf(em);
  const where = ['f.merged = FALSE'];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (input.status !== null) add('f.status = ?', input.status);
  if (input.openOnly) where.push(`f.status NOT IN ('done', 'declined')`);
  if (input.kind !== null) add('f.kind = ?', input.kind);
  if (input.stageId !== null) add('f.stage_id = ?', input.stageId);
  if (input.regionId !== null) {
    await assertRegion(em, input.regionId);
    // The region and every unit below it (archived ones too: their entries still count), walked down in SQL.
    add(`f.unit_id IN (WITH RECURSIVE below(id) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT u.id FROM unit u JOIN below b ON u.parent_id = b.id) SELECT id FROM below)`, input.regionId);
  }
  const visible = visibleUnits();
  if (visible) add(`f.unit_id IN ${jsonIds(d)}`, JSON.stringify([...visible]));
  const whereSql = `WHERE ${where.join(' AND ')}`;
  const [count]: Array<{ total: number | string }> = await em.query(`SELECT COUNT(*) AS total FROM feedback_entry f ${whereSql}`, params);
  // The page's ids first, sorted on the entry's own columns; the joins and the linked votes only for those
  // rows. Otherwise every matching entry (100,000) gets its columns and subquery before the sort picks 50.
  const records: EntryRow[] = await em.query(
    `SELECT ${COLUMNS} FROM (SELECT f.id AS pid FROM feedback_entry f ${whereSql} ${OLDEST_UNANSWERED} LIMIT ? OFFSET ?) page
     JOIN feedback_entry f ON f.id = page.pid ${JOINS} ${OLDEST_UNANSWERED}`,
    [...params, input.limit, input.offset],
  );
  const regions = await pageRegions(em, records.map((r) => r.unitId));
  return { rows: records.map((r) => toEntry(r, (unitId) => regions.get(unitId) ?? null)), total: Number(count?.total ?? 0) };
}

async function assertRegion(em: EntityManager, regionId: number): Promise<void> {
  const [row]: Array<{ rank: number }> = await em.query('SELECT l.rank AS rank FROM unit u JOIN level l ON l.id = u.level_id WHERE u.id = ?', [regionId]);
  if (!row || Number(row.rank) !== 1) throw notFound('region', regionId);
}

/**
 * The region (the unit itself or its ancestor at level rank 1) of each of a page's units,
 * walking up from those units alone: a page of 50 never reads the whole tree.
 */
async function pageRegions(em: EntityManager, unitIds: readonly number[]): Promise<Map<number, { id: number; name: string }>> {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return new Map();
  const rows: Array<{ start: number; id: number; name: string }> = await em.query(
    `WITH RECURSIVE up(start, id) AS (SELECT v.id, v.id FROM unit v WHERE v.id IN ${jsonIds(dialectOf(em))}
       UNION ALL SELECT up.start, u.parent_id FROM up JOIN unit u ON u.id = up.id WHERE u.parent_id IS NOT NULL)
     SELECT up.start AS start, u.id AS id, u.name AS name FROM up JOIN unit u ON u.id = up.id JOIN level l ON l.id = u.level_id WHERE l.rank = 1`,
    [JSON.stringify(unique)],
  );
  return new Map(rows.map((r) => [r.start, { id: r.id, name: r.name }]));
}

/** A unit's entries and those of the units below it, newest first, merged ones included (they point to the kept entry). */
export async function feedbackForUnit(em: EntityManager, unitId: number): Promise<FeedbackEntry[]> {
  const units = await loadFlatUnits(em);
  if (!units.some((u) => u.id === unitId)) throw notFound('unit', unitId);
  const below = new Set([unitId]);
  // Units come ordered by code, not by depth: repeat until no child is added.
  for (let grew = true; grew;) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && below.has(u.parentId) && !below.has(u.id)) {
        below.add(u.id);
        grew = true;
      }
    }
  }
  const records: EntryRow[] = await em.query(
    `SELECT ${COLUMNS} ${FROM} WHERE f.unit_id IN ${jsonIds(dialectOf(em))} ORDER BY f.created_at DESC, f.id DESC`,
    [JSON.stringify([...below])],
  );
  const regionOf = regionResolver(units);
  return records.map((r) => toEntry(r, regionOf));
}

export async function getFeedback(em: EntityManager, id: number): Promise<FeedbackEntry> {
  const [record]: EntryRow[] = await em.query(`SELECT ${COLUMNS} ${FROM} WHERE f.id = ?`, [id]);
  if (!record) throw notFound('feedback', id);
  const units = await loadFlatUnits(em);
  return toEntry(record, regionResolver(units));
}
