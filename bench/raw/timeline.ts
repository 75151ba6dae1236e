// What `rollout.timeline` returns, in raw SQL as one would write it without stored unit
// states: the wave members' unit x stage grid (effective planned date = the unit's own,
// else the wave's), one pass grouped per unit for done stages, lateness, the first done
// date and the 'live' stage (the last stage when there is none named so), then one pass
// grouped per wave. JS only shapes the rows.
import type { TimelineWave } from '../../src/shared/types-rollout';
import type { RawDb } from '../support/raw-sqlite';
import { quoteCamel, rewrite } from './coverage-pg';

export const TIMELINE_SQL = `
WITH live AS (
  SELECT COALESCE((SELECT id FROM stage WHERE key = 'live'), (SELECT id FROM stage ORDER BY sort_order DESC, id DESC LIMIT 1)) AS id
),
m AS (SELECT wm.wave_id, wm.unit_id FROM wave_member wm JOIN unit u ON u.id = wm.unit_id WHERE u.archived = 0),
per_unit AS (
  SELECT m.wave_id, m.unit_id,
         SUM(CASE WHEN p.state = 'done' THEN 1 ELSE 0 END) AS done,
         MAX(CASE WHEN COALESCE(p.planned_date, d.planned_date) < ?1 AND COALESCE(p.state, '') <> 'done' THEN 1 ELSE 0 END) AS late,
         MIN(CASE WHEN p.state = 'done' THEN p.done_date END) AS first_done,
         MAX(CASE WHEN p.state = 'done' AND s.id = live.id THEN 1 ELSE 0 END) AS is_live,
         MAX(CASE WHEN p.state = 'done' AND s.id = live.id THEN p.done_date END) AS live_date
  FROM m CROSS JOIN stage s CROSS JOIN live
  LEFT JOIN stage_progress p ON p.unit_id = m.unit_id AND p.stage_id = s.id
  LEFT JOIN wave_stage_date d ON d.wave_id = m.wave_id AND d.stage_id = s.id
  GROUP BY m.wave_id, m.unit_id
)
SELECT w.id AS id, w.name AS name, w.planned_start AS plannedStart, w.planned_end AS plannedEnd,
       COUNT(pu.unit_id) AS units, COALESCE(SUM(pu.done), 0) AS done, COALESCE(SUM(pu.late), 0) AS late,
       MIN(pu.first_done) AS actualStart, MAX(pu.live_date) AS lastLive, COALESCE(SUM(1 - pu.is_live), 0) AS notLive
FROM wave w LEFT JOIN per_unit pu ON pu.wave_id = w.id
GROUP BY w.id, w.name, w.planned_start, w.planned_end, w.sort_order ORDER BY w.sort_order, w.id`;

interface Row { id: number; name: string; plannedStart: string; plannedEnd: string; units: number; done: number; late: number; actualStart: string | null; lastLive: string | null; notLive: number }

/** The same statement in PostgreSQL's dialect: a boolean `archived`, camelCase aliases quoted. */
export const TIMELINE_SQL_PG = quoteCamel(rewrite(TIMELINE_SQL, [['u.archived = 0', 'u.archived = FALSE']]));

/** On PostgreSQL pass a pg connection (raw-pg.ts) and 'postgres'. */
export async function rawTimeline(db: Pick<RawDb, 'all'>, today: string, dialect: 'sqlite' | 'postgres' = 'sqlite'): Promise<TimelineWave[]> {
  const [stages] = await db.all<{ n: number }>('SELECT COUNT(*) AS n FROM stage');
  const cells = (units: number) => units * (stages?.n ?? 0);
  return (await db.all<Row>(dialect === 'sqlite' ? TIMELINE_SQL : TIMELINE_SQL_PG, [today])).map((r) => ({
    id: r.id, name: r.name, plannedStart: r.plannedStart, plannedEnd: r.plannedEnd,
    actualStart: r.actualStart, actualEnd: r.units > 0 && r.notLive === 0 ? r.lastLive : null,
    units: r.units, shareDone: cells(r.units) === 0 ? 0 : r.done / cells(r.units), late: r.late,
  }));
}
