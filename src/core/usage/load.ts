// What adoption is computed from, read in a handful of queries: the tree with each unit's
// level and members, today's role holders per unit, the targets, and the usage months.
import type { EntityManager } from 'typeorm';
import type { Target } from './figures';

export interface UsageUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  archived: boolean;
  levelId: number;
  levelName: string;
  rank: number;
  members: number | null;
}

export interface UsageFacts {
  units: UsageUnit[];
  holders: Map<number, number>;
  targets: Map<number, Target>;
}

export async function loadFacts(em: EntityManager, today: string): Promise<UsageFacts> {
  const units: Array<Omit<UsageUnit, 'archived'> & { archived: number | boolean }> = await em.query(
    `SELECT u.id AS id, u.code AS code, u.name AS name, u.parent_id AS "parentId", u.archived AS archived,
            u.level_id AS "levelId", l.name AS "levelName", l.rank AS rank, u.members AS members
       FROM unit u JOIN level l ON l.id = u.level_id ORDER BY u.code, u.id`,
  );
  const holders: Array<{ unitId: number; n: number | string }> = await em.query(
    `SELECT unit_id AS "unitId", COUNT(DISTINCT person_id) AS n FROM assignment
      WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?) GROUP BY unit_id`,
    [today, today],
  );
  const targets: Array<{ levelId: number; percent: number | null; hundredths: number | null }> = await em.query(
    'SELECT level_id AS "levelId", active_percent AS percent, sign_ins_hundredths AS hundredths FROM usage_target',
  );
  return {
    units: units.map((u) => ({ ...u, archived: Boolean(u.archived), rank: Number(u.rank), members: u.members === null ? null : Number(u.members) })),
    holders: new Map(holders.map((h) => [h.unitId, Number(h.n)])),
    targets: new Map(targets.map((t) => [t.levelId, {
      percent: t.percent === null ? null : Number(t.percent), hundredths: t.hundredths === null ? null : Number(t.hundredths),
    }])),
  };
}

/** The newest month with usage that is not after `current`; null before any import. */
export async function latestMonth(em: EntityManager, current: string): Promise<string | null> {
  const [row]: Array<{ month: string | null }> = await em.query('SELECT MAX(month) AS month FROM usage_month WHERE month <= ?', [current]);
  return row?.month ?? null;
}

/** The months from..to that hold any usage at all (a month never imported is no evidence of disuse). */
export async function importedMonths(em: EntityManager, from: string, to: string): Promise<Set<string>> {
  const rows: Array<{ month: string }> = await em.query('SELECT DISTINCT month FROM usage_month WHERE month >= ? AND month <= ?', [from, to]);
  return new Set(rows.map((r) => r.month));
}

export interface UsageRowFact { unitId: number; month: string; activeUsers: number; signIns: number }

export async function loadUsage(em: EntityManager, from: string, to: string): Promise<UsageRowFact[]> {
  const rows: Array<{ unitId: number; month: string; activeUsers: number | string; signIns: number | string }> = await em.query(
    `SELECT unit_id AS "unitId", month, active_users AS "activeUsers", sign_ins AS "signIns" FROM usage_month WHERE month >= ? AND month <= ?`,
    [from, to],
  );
  return rows.map((r) => ({ unitId: r.unitId, month: r.month, activeUsers: Number(r.activeUsers), signIns: Number(r.signIns) }));
}

/** When each unit's stage «I drift» (the seeded stage keyed 'live') was done. */
export async function liveDone(em: EntityManager): Promise<Map<number, string>> {
  const rows: Array<{ unitId: number; doneDate: string | null }> = await em.query(
    `SELECT sp.unit_id AS "unitId", sp.done_date AS "doneDate" FROM stage_progress sp JOIN stage s ON s.id = sp.stage_id
      WHERE s."key" = 'live' AND sp.state = 'done'`,
  );
  return new Map(rows.flatMap((r) => (r.doneDate ? [[r.unitId, r.doneDate] as const] : [])));
}
