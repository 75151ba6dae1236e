// A team server's host (mode 'team') over a SQLite file, with its first administrator
// made by the CLI's create-admin, and calls made the way the renderer makes them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { startHost, type Host, type HostOptions } from '../../src/host/server';
import { afterThisTest } from '../support/cleanup';
import { RESOURCES_DIR, tempDir } from '../support/db';
import { cli } from '../cli/helpers';
import { INDEX_HTML } from './helpers';

export const ADMIN_EMAIL = 'anne@example.org';
export const ADMIN_PASSWORD = 'korrekt hest batteri stift';

export interface TeamHost {
  host: Host;
  dir: string;
  /** create-admin's one-time code. */
  code: string;
}

export async function teamHost(options: Partial<HostOptions> = {}): Promise<TeamHost> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  const db = join(dir, 'team.sqlite');
  const made = await cli(['create-admin', '--db', db, '--email', ADMIN_EMAIL, '--name', 'Anne Admin']);
  const code = /: ([A-Za-z0-9_-]{43})$/.exec(made.stdout.find((l) => /[A-Za-z0-9_-]{43}$/.test(l)) ?? '')?.[1];
  if (made.code !== 0 || !code) throw new Error(`create-admin failed: ${made.stderr.join('\n')}`);
  const host = await startHost({ dbPath: db, port: 0, rendererDir, resourcesDir: RESOURCES_DIR, version: 'test', mode: 'team', ...options });
  afterThisTest(() => host.close());
  return { host, dir, code };
}

export interface Answer {
  status: number;
  setCookie: string | null;
  json: { ok: boolean; value?: Record<string, unknown>; error?: { code: string; details?: Record<string, unknown> } };
}

/** POST /api/<method> as the renderer's team transport: the request header and the cookie. */
export async function call(host: Host, method: string, input: unknown, init: { cookie?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forankring-Request': '1',
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      ...init.headers,
    },
    body: JSON.stringify(input),
  });
  return { status: res.status, setCookie: res.headers.get('set-cookie'), json: (await res.json()) as Answer['json'] };
}

/** "forankring_session=…" from a Set-Cookie header. */
export function cookieOf(setCookie: string | null): string {
  const pair = setCookie?.split(';')[0];
  if (!pair) throw new Error('no cookie was set');
  return pair;
}

/** Accepts create-admin's code and returns the session cookie. */
export async function signInAdmin(team: TeamHost): Promise<string> {
  const answer = await call(team.host, 'auth.acceptCode', { code: team.code, password: ADMIN_PASSWORD });
  if (!answer.json.ok) throw new Error(`accept failed: ${answer.json.error?.code}`);
  return cookieOf(answer.setCookie);
}

/** A self-signed certificate for 127.0.0.1, made with openssl. */
export function selfSigned(dir: string): { cert: Buffer; key: Buffer } {
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' });
  return { cert: readFileSync(certPath), key: readFileSync(keyPath) };
}

export function httpsCall(port: number, ca: Buffer, method: string, input: unknown): Promise<{ status: number; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest({
      host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', ca,
      headers: { 'Content-Type': 'application/json', 'X-Forankring-Request': '1' },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}
