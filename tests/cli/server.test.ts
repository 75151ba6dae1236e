// `forankring server` and `--database-url` against a real PostgreSQL server:
// the server starts, migrates, answers the contract, logs one line per request
// without the query string, and stops on its signal; the file commands are
// refused by name; a newer schema and an unreachable server are said clearly.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { RESOURCES_DIR, tempDir } from '../support/db';
import { freshPostgresDatabase, PG_URL } from '../support/postgres';
import { cli } from './helpers';

async function startServer(url: string) {
  // The first administrator, made on the server machine before the start.
  const admin = await cli(['create-admin', '--database-url', url, '--email', 'anne@example.org', '--lang', 'en']);
  const code = /([A-Za-z0-9_-]{43})$/.exec(admin.stdout.find((l) => /[A-Za-z0-9_-]{43}$/.test(l)) ?? '')?.[1] ?? '';
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stop = new AbortController();
  const exited = runCli(['server', '--database-url', url, '--port', '0', '--lang', 'en'], { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, {
    cwd: tempDir(), env: {}, resourcesDir: RESOURCES_DIR, version: 'test', stop: stop.signal,
  });
  for (let i = 0; i < 200 && !stdout.some((l) => l.startsWith('Forankring: ')); i += 1) {
    const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 50))]);
    if (early !== null) throw new Error(`server exited ${String(early)}: ${stderr.join('\n')}`);
  }
  const page = new URL(stdout.find((l) => l.startsWith('Forankring: '))?.slice('Forankring: '.length) ?? '');
  let cookie = '';
  const api = async (method: string, input: unknown = {}) => {
    const res = await fetch(`${page.origin}/api/${method}`, { method: 'POST', headers: { 'X-Forankring-Request': '1', Cookie: cookie }, body: JSON.stringify(input) });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
  };
  expect(await api('auth.acceptCode', { code, password: 'et langt nok passord' })).toMatchObject({ ok: true });
  return { stdout, stderr, api, page, stop: async () => { stop.abort(); return exited; } };
}

describe.skipIf(!PG_URL)('forankring server on PostgreSQL', () => {
  it('migrates on start, serves the contract on loopback, logs each request in one line, and stops on its signal', async () => {
    const url = await freshPostgresDatabase();
    const server = await startServer(url);
    expect(server.page.hostname).toBe('127.0.0.1');
    // No token in the address: a team server has accounts.
    expect(server.page.search).toBe('');
    const demo = await server.api('demo.load');
    expect(demo).toMatchObject({ ok: true });
    const status = await server.api('app.status');
    expect(status).toMatchObject({ ok: true, value: { unitCount: 373 } });
    // The address shown has no password; the log has no token, no body.
    expect((status.value as { dbPath: string }).dbPath).not.toContain('@127.0.0.1:0');
    const lines = server.stdout.filter((l) => l.startsWith('[forankring] '));
    expect(lines.some((l) => /^\[forankring\] POST \/api\/app\.status 200 \d+ ms$/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toContain('token');
    expect(lines.some((l) => l.includes('anne@example.org'))).toBe(false);
    expect(await server.stop()).toBe(0);
  });

  it('runs the other commands with --database-url, and refuses the file commands by name', async () => {
    const url = await freshPostgresDatabase();
    expect((await cli(['demo', '--database-url', url, '--lang', 'en'])).code).toBe(0);
    const out = tempDir();
    const exported = await cli(['export-units', 'units.csv', '--database-url', url, '--lang', 'en'], { cwd: out });
    expect(exported.code).toBe(0);
    const backup = await cli(['backup', '--out', 'x.sqlite', '--database-url', url, '--lang', 'en'], { cwd: out });
    expect(backup.code).toBe(1);
    expect(backup.stderr.join('\n')).toContain('pg_dump');
    // FORANKRING_DATABASE_URL does the same as the flag.
    const viaEnv = await cli(['check', '--lang', 'en'], { cwd: out, env: { FORANKRING_DATABASE_URL: url } });
    expect(viaEnv.stderr.join('\n')).toContain('the integrity check');
    expect((await cli(['init', '--db', 'a.sqlite', '--database-url', url])).code).toBe(2);
  });

  it('refuses a database whose schema is newer, and says when PostgreSQL cannot be reached', async () => {
    const url = await freshPostgresDatabase();
    expect((await cli(['init', '--database-url', url])).code).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO migrations ("timestamp", name) VALUES (1999999999999, 'FromTheFuture1999999999999')`);
    await client.end();
    const newer = await cli(['init', '--database-url', url, '--lang', 'en']);
    expect(newer.code).toBe(1);
    expect(newer.stderr.join('\n')).toContain('FromTheFuture1999999999999');

    const down = new URL(url);
    down.port = '1';
    const unreachable = await cli(['init', '--database-url', down.toString(), '--lang', 'en']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.join('\n')).toMatch(/cannot reach its database/);
    expect(unreachable.stderr.join('\n')).not.toContain('password');
  });
});
