// PostgreSQL restarting under load, on a real server of its own (.ci/pg.sh starts a
// second cluster for this test and says how to restart it). Writers keep creating
// units while the server goes down and comes back: each call either commits and is
// acknowledged, or fails whole with DB_UNAVAILABLE; the core reconnects by itself,
// and every acknowledged write is there afterwards.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core';
import { RESOURCES_DIR } from '../../support/db';

const FAULT_URL = process.env.FORANKRING_TEST_PG_FAULT_URL ?? '';
const RESTART = process.env.FORANKRING_TEST_PG_FAULT_RESTART ?? '';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: FAULT_URL });
  await client.connect();
  await client.query(sql);
  await client.end();
}

describe.skipIf(!FAULT_URL || !RESTART)('PostgreSQL restarting under load', () => {
  it('fails the calls in flight whole, reconnects, and keeps every acknowledged write', async () => {
    const name = `forankring_fault_${randomBytes(4).toString('hex')}`;
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(FAULT_URL);
    url.pathname = `/${name}`;
    // The errors the core logs (as INTERNAL unless it places them) are kept by kind, so a failure says what it was.
    const internal: string[] = [];
    const onInternalError = (method: string, err: unknown) => {
      const e = err as { name?: string; code?: string; message?: string; driverError?: { code?: string } };
      internal.push(`${method}: ${e?.name ?? typeof err} ${e?.code ?? e?.driverError?.code ?? ''} ${String(e?.message ?? '').slice(0, 160)}`);
    };
    const core = await openCore({ databaseUrl: url.toString(), resourcesDir: RESOURCES_DIR, version: 'test', onInternalError });
    try {
      const top = await core.dispatch('levels.create', { name: 'Landsforbund' });
      const level = await core.dispatch('levels.create', { name: 'Lokallag' });
      if (!top.ok) throw new Error('levels.create failed');
      if (!level.ok) throw new Error('levels.create failed');
      const levelId = (level.value as { id: number }).id;
      const root = await core.dispatch('units.create', { code: 'ROOT', name: 'Rot', levelId: (top.value as { id: number }).id, parentId: null });
      if (!root.ok) throw new Error('units.create failed');
      const rootId = (root.value as { id: number }).id;

      const acknowledged: string[] = [];
      const refused: string[] = [];
      const otherCodes: string[] = [];
      let restarted = false;
      const writer = async (w: number) => {
        for (let i = 0; !restarted || i < 10_000; i += 1) {
          const code = `W${w}-${i}`;
          const env = await core.dispatch('units.create', { code, name: `Lag ${code}`, levelId, parentId: rootId });
          if (env.ok) acknowledged.push(code);
          else if (env.error.code === 'DB_UNAVAILABLE') refused.push(code);
          else otherCodes.push(env.error.code);
          // Keep writing until some calls have succeeded again after the restart.
          if (restarted && acknowledged.length > 0 && refused.length > 0 && env.ok) return;
          if (i > 5000) return;
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      await new Promise((r) => setTimeout(r, 400));
      execSync(RESTART, { stdio: 'ignore' });
      restarted = true;
      await Promise.all(writers);

      expect(otherCodes, internal.join('\n')).toEqual([]);
      expect(refused.length).toBeGreaterThan(0);
      const after = await core.dispatch('units.tree', { includeArchived: true });
      if (!after.ok) throw new Error('units.tree failed after the restart');
      const stored = new Set((after.value as Array<{ code: string }>).map((u) => u.code));
      expect(acknowledged.filter((c) => !stored.has(c))).toEqual([]);
      expect(refused.filter((c) => stored.has(c))).toEqual([]);
    } finally {
      await core.close();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
});
