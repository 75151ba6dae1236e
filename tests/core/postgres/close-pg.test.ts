// Closing the core on PostgreSQL while calls are in flight (a team server stopping under
// load). TypeORM's closePool releases every connected runner in a loop; a call's runner is
// kept until the call ends, so closing under a call used to spin that loop forever.
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core';
import { RESOURCES_DIR } from '../../support/db';
import { migratedPostgresDatabase, PG_URL } from '../../support/postgres';

describe.skipIf(!PG_URL)('closing the core on PostgreSQL', () => {
  it('lets the calls in flight finish, then closes', async () => {
    const core = await openCore({ databaseUrl: await migratedPostgresDatabase(), resourcesDir: RESOURCES_DIR, version: 'test' });
    await core.dispatch('levels.create', { name: 'Nasjonalt' });
    const calls = [
      core.dispatch('settings.get', {}),
      core.dispatch('levels.list', {}),
      core.dispatch('levels.create', { name: 'Region' }),
    ];
    // Not awaited first: the close starts while the three are still running.
    const closed = core.close();
    const answers = await Promise.all(calls);
    await closed;
    expect(answers.map((a) => a.ok)).toEqual([true, true, true]);
    expect(core.ds.isInitialized).toBe(false);
  });
});
