// copy-to-server and copy-from-server against a real PostgreSQL: every table's rows
// arrive (counted in the source and compared with what the command printed), the
// copy answers every read the same as the original, a non-empty target is refused
// with nothing changed, and ids go on after the copied ones.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src/core';
import { openDatabase } from '../../src/core/db/data-source';
import { RESOURCES_DIR, tempDir } from '../support/db';
import { freshPostgresDatabase, PG_URL } from '../support/postgres';
import { cli } from './helpers';

/** The table rows the command printed ("  unit  373"). */
function printedCounts(lines: string[]): Record<string, number> {
  return Object.fromEntries(lines.map((l) => /^ {2}(\w+)\s+(\d+)$/.exec(l)).filter((m) => m !== null).map((m) => [m[1], Number(m[2])]));
}

async function sqliteCounts(path: string): Promise<Record<string, number>> {
  const ds = await openDatabase({ path, migrate: false });
  const tables: Array<{ name: string }> = await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('migrations', 'sqlite_sequence')`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await ds.query(`SELECT COUNT(*) AS n FROM "${name}"`))[0].n);
  await ds.destroy();
  return counts;
}

async function reads(core: Core): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const [method, input] of [
    ['units.tree', { includeArchived: true }], ['coverage.gaps', {}], ['roles.list', {}], ['people.search', { query: '' }],
    ['cases.list', {}], ['rollout.dashboard', {}], ['support.metrics', { from: '2026-01-01', to: '2026-12-31' }],
  ] as const) out.push(await core.dispatch(method, input));
  return out;
}

describe.skipIf(!PG_URL)('copy between a SQLite file and a team server', () => {
  it('moves a solo organization onto an empty team database and back into a new file, row for row', async () => {
    const dir = tempDir();
    const solo = join(dir, 'solo.sqlite');
    expect((await cli(['demo', '--db', solo])).code).toBe(0);
    // A case with events and clocks, so the support tables are not empty either.
    const local = await openCore({ dbPath: solo, resourcesDir: RESOURCES_DIR });
    const tree = await local.dispatch('units.tree', {});
    const chapter = (tree as { value: Array<{ id: number; parentId: number | null }> }).value.at(-1);
    const opened = await local.dispatch('cases.open', { unitId: chapter?.id, problemId: null, reporterName: 'Kari', reporterContact: '', description: 'Får ikke logget inn' });
    expect(opened).toMatchObject({ ok: true });
    await local.close();
    const source = await sqliteCounts(solo);

    const url = await freshPostgresDatabase();
    const up = await cli(['copy-to-server', '--db', solo, '--database-url', url, '--lang', 'en']);
    expect(up.stderr).toEqual([]);
    expect(up.code).toBe(0);
    expect(printedCounts(up.stdout)).toEqual(source);
    expect(up.stdout.join('\n')).not.toContain('password');

    // A second copy onto the same, no longer empty, database is refused and changes nothing.
    const again = await cli(['copy-to-server', '--db', solo, '--database-url', url, '--lang', 'en']);
    expect(again.code).toBe(1);
    expect(again.stderr.join('\n')).toContain('already holds an organization');

    const copy = join(dir, 'offline.sqlite');
    const down = await cli(['copy-from-server', '--database-url', url, '--db', copy, '--lang', 'en']);
    expect(down.code).toBe(0);
    expect(printedCounts(down.stdout)).toEqual(source);
    expect(await sqliteCounts(copy)).toEqual(source);

    const server = await openCore({ databaseUrl: url, resourcesDir: RESOURCES_DIR });
    const original = await openCore({ dbPath: solo, resourcesDir: RESOURCES_DIR });
    const offline = await openCore({ dbPath: copy, resourcesDir: RESOURCES_DIR });
    try {
      const expected = await reads(original);
      expect(await reads(server)).toEqual(expected);
      expect(await reads(offline)).toEqual(expected);
      // New rows on the server get ids after the copied ones.
      const levels = (await server.dispatch('levels.list', {})) as { value: Array<{ id: number; rank: number }> };
      const person = await server.dispatch('people.create', { name: 'Ny Person', email: 'ny@example.org' });
      expect(person).toMatchObject({ ok: true });
      expect((person as { value: { id: number } }).value.id).toBeGreaterThan(source.person ?? 0);
      expect(levels.value.length).toBeGreaterThan(0);
    } finally {
      await server.close();
      await original.close();
      await offline.close();
    }

    const exists = await cli(['copy-from-server', '--database-url', url, '--db', copy, '--lang', 'en']);
    expect(exists.code).toBe(1);
    expect(exists.stderr.join('\n')).toContain('exists already');
  });
});
