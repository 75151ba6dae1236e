// Runs the built web host as `npm run serve` does (without --open) and talks to it.
// Needs `npm run build` first. FORANKRING_BUILD_ROOT points at a build made elsewhere.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';

const ROOT = process.env.FORANKRING_BUILD_ROOT ?? resolve(__dirname, '../..');
const SERVE = join(ROOT, 'out/main/serve.js');

describe('built host (out/main/serve.js)', () => {
  it.skipIf(!existsSync(SERVE))('prints its URL, answers with the token, and exits cleanly on SIGTERM (needs out/main/serve.js: run npm run build first)', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [SERVE, '--db', join(dir, 'serve.sqlite')], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH },
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      const first = await new Promise<string>((done, fail) => {
        createInterface({ input: child.stdout }).once('line', done);
        child.once('exit', () => fail(new Error('serve exited before printing its URL')));
      });
      const match = /^Forankring: (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([A-Za-z0-9_-]{43})$/.exec(first);
      expect(match).not.toBeNull();
      const [, origin, , token] = match ?? [];

      const ok = await fetch(`${origin}/api/app.status`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
      expect(await ok.json()).toMatchObject({ ok: true, value: { unitCount: 0, dbPath: join(dir, 'serve.sqlite') } });
      // The upload is parsed by the parse worker chunk, started from the built bundle in plain Node.
      const base64 = Buffer.from('kode;navn\n01;Oslo\n').toString('base64');
      const preview = await fetch(`${origin}/api/units.importPreview`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ fileName: 'enheter.csv', base64 }) });
      expect(await preview.json()).toMatchObject({ ok: true, value: { format: 'csv', separator: ';', rowCount: 1 } });
      const refused = await fetch(`${origin}/api/app.status`, { method: 'POST', body: '{}' });
      expect(refused.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
