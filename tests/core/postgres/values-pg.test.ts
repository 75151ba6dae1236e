import { describe, expect, it } from 'vitest';
import { Unit } from '../../../src/core/db/entities/Unit';
import { openPostgres } from '../../../src/core/db/postgres';
import { PG_URL, freshPostgresDatabase } from '../../support/postgres';

// Oslo's clock changes in 2026: 29 March 02:00 → 03:00, 25 October 03:00 → 02:00.
const INSTANTS = ['2026-03-29T00:59:59.999Z', '2026-03-29T01:00:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', '2026-12-31T23:00:00.000Z'];

describe.skipIf(PG_URL === '')('values on PostgreSQL read as on SQLite', () => {
  it('keeps instants exact across both DST changes and Oslo midnight, as stored UTC text and as Dates', async () => {
    const ds = await openPostgres({ url: await freshPostgresDatabase() });
    await ds.query(`INSERT INTO "level" ("name", "name_key", "rank") VALUES ('Lokallag', 'lokallag', 0)`);
    for (const [i, iso] of INSTANTS.entries()) {
      await ds.query(`INSERT INTO "unit" ("code", "code_key", "name", "search_name", "level_id", "created_at") VALUES (?, ?, 'U', 'u', 1, ?)`, [`U${i}`, `u${i}`, new Date(iso)]);
    }
    const raw: Array<{ at: string }> = await ds.query(`SELECT "created_at" AS "at" FROM "unit" ORDER BY "id"`);
    expect(raw.map((r) => r.at)).toEqual(INSTANTS.map((iso) => iso.replace('T', ' ').replace('Z', '')));
    const units = await ds.getRepository(Unit).find({ order: { id: 'ASC' } });
    expect(units.map((u) => u.createdAt.toISOString())).toEqual(INSTANTS);
    // Stored text as a parameter means the same instant (the session runs in UTC).
    const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM "unit" WHERE "created_at" >= ?`, ['2026-10-25 01:30:00.000']);
    expect(n).toBe(2);
    await ds.destroy();
  });

  it('sorts names z, æ, ø, å with the ICU collation', async () => {
    const ds = await openPostgres({ url: await freshPostgresDatabase() });
    const rows: Array<{ w: string }> = await ds.query(
      `SELECT w FROM (VALUES ('å'), ('ø'), ('z'), ('æ'), ('a')) AS t(w) ORDER BY w COLLATE "nb-NO-x-icu"`,
    );
    expect(rows.map((r) => r.w)).toEqual(['a', 'z', 'æ', 'ø', 'å']);
    await ds.destroy();
  });
});
