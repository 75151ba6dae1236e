// «Bruk»'s bench data and its raw-SQL side. The fill (not timed) writes 24 months of usage
// per unit, targets per level and the stage «I drift» done for some units, straight into a
// database holding the units and their role holders. rawAdoption computes what
// `usage.adoption` for the nation returns: one recursive CTE maps every unit to its
// ancestors, and SQL sums usage, role holders and members per ancestor (and month); JS only
// assembles the figures with the core's own arithmetic (usage/figures.ts, pure functions).
import { figuresOf, NO_TARGET, type Sums, type Target } from '../../src/core/usage/figures';
import { addMonths, monthsUpTo } from '../../src/core/usage/months';
import type { Adoption, UnusedUnit, UsageFigures, UsageRow } from '../../src/shared/types-usage';
import { seededRandom } from '../support/random';
import type { RawDb } from '../support/raw-sqlite';
import { quoteCamel } from './coverage-pg';

const ROWS_PER_STATEMENT = 400;

async function insertRows(db: RawDb, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const one = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const stmt = await db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${batch.map(() => one).join(', ')}`);
    await stmt.run(batch.flat());
    await stmt.finalize();
  }
}

type Insert = (table: string, columns: string[], rows: unknown[][]) => Promise<void>;

export async function fillUsage(db: RawDb, last: string, seed: number): Promise<number> {
  await db.exec('BEGIN');
  const n = await fillUsageWith(db, (table, columns, rows) => insertRows(db, table, columns, rows), last, seed);
  await db.exec('COMMIT');
  return n;
}

/** `last`: the newest month; 24 months up to it, about one unit-month in ten left out (nobody signed in). In the caller's transaction. */
export async function fillUsageWith(db: Pick<RawDb, 'all'>, insert: Insert, last: string, seed: number): Promise<number> {
  const random = seededRandom(seed);
  const units = await db.all<{ id: number }>('SELECT id FROM unit ORDER BY id');
  const months = monthsUpTo(last, 24);
  const rows: unknown[][] = [];
  for (const u of units) for (const m of months) if (!random.chance(0.1)) rows.push([u.id, m, random.int(0, 12), random.int(0, 400)]);
  const [live] = await db.all<{ id: number }>("SELECT id FROM stage WHERE key = 'live'");
  const progress = units.filter(() => random.chance(0.4)).map((u) => [u.id, live?.id, 'done', `2025-${String(random.int(1, 12)).padStart(2, '0')}-15`, 'bench', '2026-01-01 10:00:00']);
  const levels = await db.all<{ id: number; rank: number }>('SELECT id, rank FROM level');
  await insert('usage_month', ['unit_id', 'month', 'active_users', 'sign_ins'], rows);
  await insert('stage_progress', ['unit_id', 'stage_id', 'state', 'done_date', 'changed_by', 'changed_at'], progress);
  await insert('usage_target', ['level_id', 'active_percent', 'sign_ins_hundredths'], levels.map((l) => [l.id, 40 + l.rank * 5, l.rank >= 3 ? 150 : null]));
  return rows.length;
}

const ANCESTORS = `WITH RECURSIVE anc(unit_id, ancestor_id) AS (
  SELECT id, id FROM unit
  UNION ALL
  SELECT anc.unit_id, u.parent_id FROM anc JOIN unit u ON u.id = anc.ancestor_id WHERE u.parent_id IS NOT NULL
)`;

interface RawUnit { id: number; code: string; name: string; parentId: number | null; levelId: number; levelName: string; rank: number }

/** The same SQL in PostgreSQL's dialect: a boolean `archived`, camelCase aliases quoted. */
function forPostgres(sql: string): string {
  return quoteCamel(sql.replaceAll('archived = 0', 'archived = FALSE'));
}

export async function rawAdoption(raw: Pick<RawDb, 'all'>, today: string, dialect: 'sqlite' | 'postgres' = 'sqlite'): Promise<Adoption> {
  const db = dialect === 'sqlite' ? raw : { all: <T>(sql: string, params?: unknown[]) => raw.all<T>(forPostgres(sql), params) };
  const [latest] = await db.all<{ month: string | null }>('SELECT MAX(month) AS month FROM usage_month WHERE month <= ?', [today.slice(0, 7)]);
  const month = latest?.month;
  if (!month) throw new Error('the bench has usage');
  const trendMonths = monthsUpTo(month, 12);
  const units = await db.all<RawUnit>(
    `SELECT u.id, u.code, u.name, u.parent_id AS parentId, u.level_id AS levelId, l.name AS levelName, l.rank
       FROM unit u JOIN level l ON l.id = u.level_id WHERE u.archived = 0 ORDER BY u.code, u.id`,
  );
  const usage = await db.all<{ id: number; month: string; active: number; signIns: number }>(
    `${ANCESTORS} SELECT a.ancestor_id AS id, m.month AS month, SUM(m.active_users) AS active, SUM(m.sign_ins) AS signIns
       FROM usage_month m JOIN unit d ON d.id = m.unit_id AND d.archived = 0 JOIN anc a ON a.unit_id = m.unit_id
      WHERE m.month >= ? AND m.month <= ? GROUP BY a.ancestor_id, m.month`,
    [trendMonths[0], month],
  );
  const holders = await db.all<{ id: number; n: number }>(
    `${ANCESTORS}, held AS (SELECT unit_id, COUNT(DISTINCT person_id) AS n FROM assignment
       WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?) GROUP BY unit_id)
     SELECT a.ancestor_id AS id, SUM(h.n) AS n FROM held h JOIN unit d ON d.id = h.unit_id AND d.archived = 0 JOIN anc a ON a.unit_id = h.unit_id GROUP BY a.ancestor_id`,
    [today, today],
  );
  const members = await db.all<{ id: number; n: number }>(
    `${ANCESTORS} SELECT a.ancestor_id AS id, SUM(COALESCE(d.members, 0)) AS n FROM unit d JOIN anc a ON a.unit_id = d.id WHERE d.archived = 0 GROUP BY a.ancestor_id`,
  );
  const targetRows = await db.all<{ levelId: number; percent: number | null; hundredths: number | null }>(
    'SELECT level_id AS levelId, active_percent AS percent, sign_ins_hundredths AS hundredths FROM usage_target',
  );
  const live = await db.all<{ unitId: number; doneDate: string }>(
    `SELECT sp.unit_id AS unitId, sp.done_date AS doneDate FROM stage_progress sp JOIN stage s ON s.id = sp.stage_id WHERE s.key = 'live' AND sp.state = 'done' AND sp.done_date IS NOT NULL`,
  );
  const imported = new Set((await db.all<{ month: string }>('SELECT DISTINCT month FROM usage_month WHERE month >= ? AND month <= ?', [addMonths(month, -1), month])).map((r) => r.month));

  const sums = new Map(usage.map((r) => [`${r.id}|${r.month}`, r]));
  const held = new Map(holders.map((h) => [h.id, h.n]));
  const memberSums = new Map(members.map((m) => [m.id, m.n]));
  const targets = new Map<number, Target>(targetRows.map((t) => [t.levelId, { percent: t.percent, hundredths: t.hundredths }]));
  const byId = new Map(units.map((u) => [u.id, u]));
  const figures = (u: RawUnit, m: string, target = targets.get(u.levelId) ?? NO_TARGET): UsageFigures => {
    const s = sums.get(`${u.id}|${m}`);
    const total: Sums = { activeUsers: s?.active ?? 0, signIns: s?.signIns ?? 0, holders: held.get(u.id) ?? 0, members: memberSums.get(u.id) ?? 0 };
    return figuresOf(total, target);
  };
  const row = (u: RawUnit): UsageRow => ({ unitId: u.id, code: u.code, name: u.name, levelName: u.levelName, figures: figures(u, month) });
  const byAttainment = <T extends { code: string }>(attainment: (x: T) => number | null) => (a: T, b: T) =>
    (attainment(a) ?? 0) - (attainment(b) ?? 0) || a.code.localeCompare(b.code, 'nb');
  const root = units.find((u) => u.parentId === null);
  if (!root) throw new Error('a root');
  const previous = addMonths(month, -1);
  const unused: UnusedUnit[] = [];
  if (imported.has(month) && imported.has(previous)) {
    for (const { unitId, doneDate } of live) {
      const u = byId.get(unitId);
      if (!u || doneDate.slice(0, 7) > previous) continue;
      const now = figures(u, month);
      if (!now.below || !figures(u, previous).below) continue;
      let region: RawUnit | undefined = u;
      while (region && region.rank !== 1) region = region.parentId === null ? undefined : byId.get(region.parentId);
      unused.push({ unitId: u.id, code: u.code, name: u.name, regionName: region?.name ?? null, months: [previous, month], attainment: now.attainment });
    }
  }
  return {
    month,
    subject: null,
    total: figures(root, month),
    rows: units.filter((u) => u.rank === 1).map(row),
    trend: trendMonths.map((m) => ({ month: m, figures: figures(root, m) })),
    furthestBelow: units.map(row).filter((r) => r.figures.below).sort(byAttainment((r) => r.figures.attainment)).slice(0, 10),
    unused: unused.sort(byAttainment((u) => u.attainment)),
  };
}
