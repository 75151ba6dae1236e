// Runs the built CLI through the package bin, as a user would. Needs `npm run build` first.
// FORANKRING_BUILD_ROOT points at a build made elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';

const ROOT = process.env.FORANKRING_BUILD_ROOT ?? resolve(__dirname, '../..');
const BUILT = existsSync(join(ROOT, 'out/main/cli.js'));

function bin(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/forankring.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 60_000,
  });
}

describe('built cli (bin/forankring.cjs -> out/main/cli.js)', () => {
  it.skipIf(!BUILT)('initializes a database and loads the demo from a child process (needs out/main/cli.js: run npm run build first)', () => {
    const dir = tempDir();
    const init = bin(['init'], dir);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toBe(`Opprettet databasen ${join(dir, 'forankring.sqlite')}.\n`);

    const demo = bin(['--lang', 'en', 'demo'], dir);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('373 units');

    const usage = bin(['nonsense'], dir, { FORANKRING_LANG: 'en' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Unknown command: nonsense');
  });
});
