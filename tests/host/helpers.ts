import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { startHost, type Host } from '../../src/host/server';
import { afterThisTest } from '../support/cleanup';
import { RESOURCES_DIR, tempDir } from '../support/db';

export const INDEX_HTML = '<!doctype html>\n<html lang="nb">\n  <head>\n    <meta charset="utf-8">\n    <title>Forankring</title>\n    <script type="module" src="./assets/app.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';

/** A host on a random port over a fresh database, serving a tiny fake renderer. */
export async function testHost(): Promise<{ host: Host; dir: string; rendererDir: string }> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'document.title = "ok";\n');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0; }\n');
  // Something worth stealing just outside the renderer folder.
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
  const host = await startHost({ dbPath: join(dir, 'host.sqlite'), port: 0, rendererDir, resourcesDir: RESOURCES_DIR, version: 'test' });
  afterThisTest(() => host.close());
  return { host, dir, rendererDir };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request with the path and headers exactly as given. fetch normalizes
 * "/a/../b" and will not set Host, so attacks need node:http.
 */
export function raw(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POST /api/<method> the way the renderer's transport does. */
export async function api(host: Host, method: string, input: unknown, init: { token?: string | null; body?: string } = {}) {
  const token = init.token === undefined ? host.token : init.token;
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: init.body ?? JSON.stringify(input),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; details?: Record<string, unknown> } } };
}
