// Keeping the daily support rollups up to date: every case write takes the case's
// contribution away before it changes and adds it back after (figures.ts), in the
// write's own transaction, so the rollups are always the sum over the cases as
// they stand. `rebuildFigures` sums every case from scratch (the migration and
// `forankring rebuild-figures`).
import type { EntityManager } from 'typeorm';
import type { SupportTier } from '../../shared/types-support';
import { fromStored } from './cases-policy';
import { rebuildDue } from './due-store';
import { addCase, DAY_COUNTS, emptyFigures, type CaseFacts, type ClockFacts, type Figures } from './figures';

interface CaseRow { id: number; unitId: number; openedAt: string; state: string; resolvedTier: SupportTier | null; problemId: number | null }
interface ClockRow { caseId: number; tier: SupportTier; responseMinutes: number | null; heldMinutes: number; responseBreached: number | boolean; resolutionBreached: number | boolean }

const CASES = `SELECT id, unit_id AS "unitId", opened_at AS "openedAt", state, resolved_tier AS "resolvedTier", problem_id AS "problemId" FROM support_case`;
const CLOCKS = `SELECT case_id AS "caseId", tier, response_minutes AS "responseMinutes", held_minutes AS "heldMinutes",
  response_breached AS "responseBreached", resolution_breached AS "resolutionBreached" FROM case_tier_clock`;

/** Adds (or with sign −1 takes away) the figures of the cases with ids in (from, to] to `f`. */
async function sumCases(em: EntityManager, f: Figures, from: number, to: number, sign = 1): Promise<void> {
  const cases: CaseRow[] = await em.query(`${CASES} WHERE id > ? AND id <= ?`, [from, to]);
  const clocks: ClockRow[] = await em.query(`${CLOCKS} WHERE case_id > ? AND case_id <= ?`, [from, to]);
  const byCase = new Map<number, ClockFacts[]>();
  for (const k of clocks) {
    const list = byCase.get(k.caseId) ?? [];
    list.push({ ...k, responseBreached: Boolean(k.responseBreached), resolutionBreached: Boolean(k.resolutionBreached) });
    byCase.set(k.caseId, list);
  }
  for (const c of cases) {
    const facts: CaseFacts = { ...c, openedAt: fromStored(c.openedAt) };
    addCase(f, facts, byCase.get(c.id) ?? [], sign);
  }
}

/** Rows per INSERT: up to eleven bound values each, far below either driver's limit. */
const CHUNK = 300;

async function upsert(em: EntityManager, table: string, keys: readonly string[], counts: readonly string[], rows: unknown[][]): Promise<void> {
  const columns = [...keys, ...counts];
  const one = `(${columns.map(() => '?').join(', ')})`;
  const add = counts.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const batch = rows.slice(start, start + CHUNK);
    await em.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${batch.map(() => one).join(', ')} ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${add}`,
      batch.flat(),
    );
  }
}

const dayKey = (key: string) => key.split('|').map((part, i) => (i === 1 ? Number(part) : part));
const minutesKey = (key: string) => key.split('|').map((part, i) => (i === 1 || i === 4 ? Number(part) : part));
const problemKey = (key: string) => key.split('|').map((part, i) => (i === 0 ? part : Number(part)));
const COLUMNS = DAY_COUNTS.map((c) => c.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`));

/** A change's rows: those with something to add, and which of them go down (and may come to nothing). */
function changed<V>(map: Map<string, V>, values: (v: V) => number[]): { rows: Array<[string, V]>; shrinking: string[] } {
  const rows = [...map].filter(([, v]) => values(v).some((n) => n !== 0));
  return { rows, shrinking: rows.filter(([, v]) => values(v).some((n) => n < 0)).map(([key]) => key) };
}

/** Adds `f` to the stored rollups; a row a change brings to nothing is dropped, so the tables hold only what a rebuild would. */
async function store(em: EntityManager, f: Figures): Promise<void> {
  const days = changed(f.days, (d) => DAY_COUNTS.map((c) => d[c]));
  await upsert(em, 'support_day', ['day', 'unit_id', 'tier'], COLUMNS, days.rows.map(([key, d]) => [...dayKey(key), ...DAY_COUNTS.map((c) => d[c])]));
  const minutes = changed(f.minutes, (n) => [n]);
  await upsert(em, 'support_day_minutes', ['day', 'unit_id', 'tier', 'measure', 'bucket'], ['n'], minutes.rows.map(([key, n]) => [...minutesKey(key), n]));
  const problems = changed(f.problems, (n) => [n]);
  await upsert(em, 'support_day_problem', ['day', 'unit_id', 'problem_key'], ['cases'], problems.rows.map(([key, n]) => [...problemKey(key), n]));
  for (const key of days.shrinking) {
    await em.query(`DELETE FROM support_day WHERE day = ? AND unit_id = ? AND tier = ? AND ${COLUMNS.map((c) => `${c} = 0`).join(' AND ')}`, dayKey(key));
  }
  for (const key of minutes.shrinking) {
    await em.query('DELETE FROM support_day_minutes WHERE day = ? AND unit_id = ? AND tier = ? AND measure = ? AND bucket = ? AND n = 0', minutesKey(key));
  }
  for (const key of problems.shrinking) {
    await em.query('DELETE FROM support_day_problem WHERE day = ? AND unit_id = ? AND problem_key = ? AND cases = 0', problemKey(key));
  }
}

/** The figures of one case as it stands, taken away: call before a write to it. */
export async function figuresBefore(em: EntityManager, caseId: number): Promise<Figures> {
  const f = emptyFigures();
  await sumCases(em, f, caseId - 1, caseId, -1);
  return f;
}

/** Adds the case's figures after the write and stores the difference, in the write's transaction. */
export async function storeFiguresAfter(em: EntityManager, f: Figures, caseId: number): Promise<void> {
  await sumCases(em, f, caseId - 1, caseId);
  await store(em, f);
}

/** A deleted problem's cases lose it (the foreign key sets it to null): their counts move to «no problem». */
export async function moveProblemFigures(em: EntityManager, problemId: number): Promise<void> {
  await em.query(
    `INSERT INTO support_day_problem (day, unit_id, problem_key, cases)
     SELECT day, unit_id, 0, cases FROM support_day_problem WHERE problem_key = ?
     ON CONFLICT (day, unit_id, problem_key) DO UPDATE SET cases = support_day_problem.cases + excluded.cases`,
    [problemId],
  );
  await em.query('DELETE FROM support_day_problem WHERE problem_key = ?', [problemId]);
}

/** Cases read per pass when rebuilding: a few thousand rows of each kind in memory at a time. */
const REBUILD_CHUNK = 5000;

/** Every rollup summed again from the cases and their clocks. */
export async function rebuildFigures(em: EntityManager): Promise<void> {
  for (const table of ['support_day', 'support_day_minutes', 'support_day_problem']) await em.query(`DELETE FROM ${table}`);
  const f = emptyFigures();
  const [range]: Array<{ last: number | string | null }> = await em.query('SELECT MAX(id) AS last FROM support_case');
  const last = Number(range?.last ?? 0);
  for (let from = 0; from < last; from += REBUILD_CHUNK) {
    await sumCases(em, f, from, from + REBUILD_CHUNK);
  }
  await store(em, f);
}

/** `forankring rebuild-figures`: the rollups and every case's due times, from scratch. */
export async function rebuildSupportFigures(em: EntityManager): Promise<{ cases: number }> {
  await rebuildDue(em);
  await rebuildFigures(em);
  const [count]: Array<{ n: number | string }> = await em.query('SELECT COUNT(*) AS n FROM support_case');
  return { cases: Number(count?.n ?? 0) };
}
