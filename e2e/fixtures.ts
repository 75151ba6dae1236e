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
      const match = /Forankring: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
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

export const test = base.extend<{ host: Host }>({
  // Playwright reads fixture dependencies from the destructuring; browserName is a free option fixture.
  host: async ({ browserName: _browser }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'forankring-e2e-'));
    const database = `forankring_e2e_${process.pid}_${Date.now()}`;
    let dbPath = join(dir, 'e2e.sqlite');
    if (PG_URL) {
      await adminQuery(`CREATE DATABASE "${database}"`);
      const url = new URL(PG_URL);
      url.pathname = `/${database}`;
      dbPath = url.toString();
    }
    const { child, url } = await startHost(dbPath);
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
