// The «Innspill» needs list by hand: the bench's fill (not timed), written straight into
// the app's tables, and the fair raw-SQL baseline for feedback.list (src/core/feedback/read.ts):
// the same count and page, the same joins and order, with each row's region found by a
// recursive walk up from the page's units only, and a region filter by a walk down. The page's
// ids are picked first and only they are joined, as a careful hand-written query would.
import { seededRandom } from '../support/random';
import type { RawDb } from '../support/raw-sqlite';

const KINDS = ['need', 'problem', 'worry', 'idea'] as const;
const STATUSES = ['new', 'under_review', 'planned', 'done', 'declined'] as const;
const ROWS = 250;
const ORDER = 'CASE WHEN f.answered_at IS NULL THEN 0 ELSE 1 END, f.created_at, f.id';

/** Writes `count` entries over two years, about a third answered, 4 % linked to an earlier entry and 1 % merged away. Ids are 1..count. */
export async function fillFeedback(db: RawDb, count: number, seed = 14): Promise<void> {
  const random = seededRandom(seed);
  const units = (await db.all<{ id: number }>('SELECT id FROM unit ORDER BY id')).map((u) => u.id);
  const stages = (await db.all<{ id: number }>('SELECT id FROM stage ORDER BY id')).map((s) => s.id);
  const columns = ['id', 'unit_id', 'kind', 'title', 'title_key', 'description', 'stage_id', 'status', 'answer', 'answer_signed_as', 'answered_at', 'created_at', 'votes', 'duplicate_of_id', 'merged'];
  const one = `(${columns.map(() => '?').join(', ')})`;
  const full = await db.prepare(`INSERT INTO feedback_entry (${columns.join(', ')}) VALUES ${Array.from({ length: ROWS }, () => one).join(', ')}`);
  const start = Date.UTC(2024, 2, 1);
  await db.exec('BEGIN');
  let batch: unknown[] = [];
  for (let id = 1; id <= count; id++) {
    const created = new Date(start + Math.floor(random.next() * 730 * 86_400_000));
    const status = random.chance(0.55) ? 'new' : random.pick(STATUSES);
    const answered = status !== 'new' && random.chance(0.7);
    const answeredAt = answered ? new Date(created.getTime() + random.int(1, 60) * 86_400_000) : null;
    const duplicateOf = id > 100 && random.chance(0.05) ? random.int(1, id - 1) : null;
    const merged = duplicateOf !== null && random.chance(0.2);
    const title = `${random.pick(['Kurs i', 'Tilgang til', 'Rapport om', 'Hjelp med', 'Bekymring for'])} ${random.pick(['medlemslister', 'innlogging', 'kontingent', 'utsendelser', 'arrangementer'])} ${id}`;
    batch.push(
      id, random.pick(units), random.pick(KINDS), title, title.toLocaleLowerCase('nb'), 'Beskrivelse av innspillet.',
      random.chance(0.4) ? random.pick(stages) : null, status, answered ? 'Vi ser på det.' : '', answered ? 'Faggruppen' : '',
      answeredAt ? stored(answeredAt) : null, stored(created), random.int(1, 3), duplicateOf, merged ? 1 : 0,
    );
    if (batch.length === ROWS * columns.length) {
      await full.run(batch);
      batch = [];
    }
  }
  if (batch.length > 0) {
    const rest = batch.length / columns.length;
    const stmt = await db.prepare(`INSERT INTO feedback_entry (${columns.join(', ')}) VALUES ${Array.from({ length: rest }, () => one).join(', ')}`);
    await stmt.run(batch);
    await stmt.finalize();
  }
  await full.finalize();
  await db.exec('COMMIT');
}

/** The stored instant form (UTC, as src/core/db/instants.ts writes it). */
function stored(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

export interface RawListInput { openOnly: boolean; kind: string | null; regionId: number | null; limit: number }
export interface RawListAnswer { total: number; rows: Array<{ id: number; regionId: number | null; totalVotes: number; answered: boolean }> }

/** feedback.list in plain SQL: what the list shows to compare, checked equal before timing. */
export async function rawFeedbackList(db: RawDb, input: RawListInput): Promise<RawListAnswer> {
  const where = ['f.merged = FALSE'];
  const params: unknown[] = [];
  if (input.openOnly) where.push(`f.status NOT IN ('done', 'declined')`);
  if (input.kind !== null) {
    where.push('f.kind = ?');
    params.push(input.kind);
  }
  const down = input.regionId === null ? '' :
    `WITH RECURSIVE below(id) AS (SELECT ? UNION ALL SELECT u.id FROM unit u JOIN below b ON u.parent_id = b.id) `;
  if (input.regionId !== null) where.push('f.unit_id IN (SELECT id FROM below)');
  const regionParams = input.regionId === null ? [] : [input.regionId];
  const whereSql = `WHERE ${where.join(' AND ')}`;
  const [count] = await db.all<{ total: number }>(`${down}SELECT COUNT(*) AS total FROM feedback_entry f ${whereSql}`, [...regionParams, ...params]);
  const rows = await db.all<{ id: number; unitId: number; votes: number; linked: number | null; answeredAt: string | null }>(
    `${down}SELECT f.id AS id, f.unit_id AS unitId, f.kind, f.title, f.description, f.raised_by_id, p.name, f.anonymous, f.stage_id,
       s.name_nb, s.name_en, f.status, f.answer, f.answer_signed_as, f.answered_at AS answeredAt, f.created_at, f.votes AS votes,
       (SELECT SUM(d.votes) FROM feedback_entry d WHERE d.duplicate_of_id = f.id) AS linked, f.duplicate_of_id, f.merged,
       k.title, k.status, k.answer, k.answer_signed_as, k.answered_at, u.code, u.name
     FROM (SELECT f.id AS pid FROM feedback_entry f ${whereSql} ORDER BY ${ORDER} LIMIT ?) page JOIN feedback_entry f ON f.id = page.pid
       JOIN unit u ON u.id = f.unit_id LEFT JOIN person p ON p.id = f.raised_by_id
       LEFT JOIN stage s ON s.id = f.stage_id LEFT JOIN feedback_entry k ON k.id = f.duplicate_of_id
     ORDER BY ${ORDER}`,
    [...regionParams, ...params, input.limit],
  );
  // Each page unit's region: the ancestor (or itself) at level rank 1, walking up from those units only.
  const pageUnits = [...new Set(rows.map((r) => r.unitId))];
  const regions = pageUnits.length === 0 ? [] : await db.all<{ start: number; region: number }>(
    `WITH RECURSIVE up(start, id) AS (SELECT value, value FROM json_each(?) UNION ALL
       SELECT up.start, u.parent_id FROM up JOIN unit u ON u.id = up.id WHERE u.parent_id IS NOT NULL)
     SELECT up.start AS start, u.id AS region FROM up JOIN unit u ON u.id = up.id JOIN level l ON l.id = u.level_id WHERE l.rank = 1`,
    [JSON.stringify(pageUnits)],
  );
  const regionOf = new Map(regions.map((r) => [r.start, r.region]));
  return {
    total: count?.total ?? 0,
    rows: rows.map((r) => ({ id: r.id, regionId: regionOf.get(r.unitId) ?? null, totalVotes: r.votes + (r.linked ?? 0), answered: r.answeredAt !== null })),
  };
}
