// Each test gets its own web host on a random port with its own SQLite file,
// so tests never share state. The host is the built out/main/serve.js.
// With FORANKRING_E2E_PG_URL (a PostgreSQL role that may create databases) each test
// instead gets its own database on that server and the built team server,
// `out/main/cli.js server --database-url …` (npm run test:e2e:pg).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';

const PG_URL = process.env.FORANKRING_E2E_PG_URL ?? '';

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const ROOT = resolve(__dirname, '..');

export interface Host {
  url: string;
  dbPath: string;
}

/** `asNobody` runs the host as the unprivileged user (root ignores file modes), for read-only files. */
export async function startHost(dbPath: string, asNobody = false): Promise<{ child: ChildProcess; url: string }> {
  const args = dbPath.startsWith('postgres://')
    ? [join(ROOT, 'out/main/cli.js'), 'server', '--database-url', dbPath, '--port', '0']
    : [join(ROOT, 'out/main/serve.js'), '--db', dbPath, '--port', '0'];
  const [command, argv] = asNobody
    ? ['/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args]]
    : [process.execPath, args];
  const child = spawn(command, argv, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'Europe/Oslo' },
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out} ${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The solo host's address carries its token; the team server's has none (it has accounts).
      const match = /Forankring: (http:\/\/127\.0\.0\.1:\d+\/(?:\?token=[\w-]+)?)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${err}`)));
  });
  return { child, url };
}

/** The team server's first administrator, as `forankring create-admin` makes them on the server machine. */
export const E2E_ADMIN = { email: 'e2e-admin@example.org', name: 'Eva Admin', password: 'e2e-administratorens passord' };

/** The people the fixture itself puts in the register: the team server's administrator. */
export const PEOPLE_BEFORE = PG_URL ? 1 : 0;

/** Runs the built CLI's create-admin against the database and returns the one-time code it prints. */
export async function createAdmin(databaseUrl: string, email = E2E_ADMIN.email, name = E2E_ADMIN.name): Promise<string> {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/cli.js'), 'create-admin', '--database-url', databaseUrl, '--email', email, '--name', name], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'Europe/Oslo' },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((resolveCode) => child.once('exit', resolveCode));
  const found = /([A-Za-z0-9_-]{43})\s*$/m.exec(out)?.[1];
  if (code !== 0 || !found) throw new Error(`create-admin failed (${code}): ${err}`);
  return found;
}

export const test = base.extend<{ host: Host }>({
  // Playwright reads fixture dependencies from the destructuring. On the team server the
  // administrator is signed in through the context's request API, which shares its cookies
  // with the test's page: the tests start signed in, as the desktop's local owner does.
  host: async ({ context }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'forankring-e2e-'));
    const database = `forankring_e2e_${process.pid}_${Date.now()}`;
    let dbPath = join(dir, 'e2e.sqlite');
    if (PG_URL) {
      await adminQuery(`CREATE DATABASE "${database}"`);
      const url = new URL(PG_URL);
      url.pathname = `/${database}`;
      dbPath = url.toString();
    }
    const code = PG_URL ? await createAdmin(dbPath) : null;
    const { child, url } = await startHost(dbPath);
    if (code !== null) {
      const answer = await context.request.post(`${new URL(url).origin}/api/auth.acceptCode`, {
        headers: { 'X-Forankring-Request': '1' }, data: { code, password: E2E_ADMIN.password },
      });
      expect(await answer.json(), 'the administrator signs in').toMatchObject({ ok: true });
    }
    await use({ url, dbPath });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
    if (PG_URL) await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  },
});

/** Runs axe at WCAG 2.1 AA on the current page and expects no violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Saves a named full-page screenshot as a test artifact. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

export { expect };
