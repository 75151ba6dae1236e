// Bench setup, not timed: one region of about 5,000 units, made from the
// synthetic organization the way an organization merges its regions. Every
// district moves under the first region (keeping its code, waves, progress,
// people, sessions and cases), and the emptied regions are archived with
// their own history. The national office stays outside the region.
import type { RawDb } from './support/raw-sqlite';

export interface MergedRegion {
  id: number;
  code: string;
  /** The region and the units below it, all active. */
  units: number;
}

const REGIONS = 'SELECT u.id FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1';

export async function mergeRegions(db: RawDb): Promise<MergedRegion> {
  const [kept] = await db.all<{ id: number; code: string }>(
    'SELECT u.id AS id, u.code AS code FROM unit u JOIN level l ON l.id = u.level_id WHERE l.rank = 1 ORDER BY u.code LIMIT 1',
  );
  if (!kept) throw new Error('the organization has no region');
  await db.exec('BEGIN');
  await db.exec(`UPDATE unit SET parent_id = ${kept.id} WHERE parent_id IN (${REGIONS}) AND parent_id <> ${kept.id}`);
  await db.exec(`UPDATE unit SET archived = 1 WHERE id IN (${REGIONS}) AND id <> ${kept.id}`);
  await db.exec('COMMIT');
  await db.exec('ANALYZE');
  const [count] = await db.all<{ units: number }>(
    `WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT c.id FROM unit c JOIN sub ON c.parent_id = sub.id)
     SELECT COUNT(*) AS units FROM sub JOIN unit u ON u.id = sub.id WHERE u.archived = 0`,
    [kept.id],
  );
  return { ...kept, units: count?.units ?? 0 };
}
