import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../src/core';
import type { Level, UnitRow } from '../../src/shared/types';
import { RESOURCES_DIR } from '../support/db';
import { cli, contents, workspace } from './helpers';

const HOST_WRITES = 200;
const CLI_IMPORTS = 20;
// A child process takes about a second and a half to start, so six of them already span the
// host's whole loop; more only add time after the host has finished writing.
const CHILD_IMPORTS = 6;
const ROOT = process.env.FORANKRING_BUILD_ROOT ?? resolve(__dirname, '../..');
const BUILT = existsSync(join(ROOT, 'out/main/cli.js'));

type Importer = (db: string, dir: string, file: string) => Promise<{ code: number; stderr: string }>;

const inProcess: Importer = async (db, dir, file) => {
  const run = await cli(['--db', db, 'import-units', file], { cwd: dir });
  return { code: run.code, stderr: run.stderr.join(' ') };
};

/** The built CLI (bin/forankring.cjs) as its own process, as a user runs it beside the app. */
const childProcess: Importer = (db, dir, file) => new Promise((done) => {
  execFile(process.execPath, [join(ROOT, 'bin/forankring.cjs'), '--db', db, 'import-units', file], { cwd: dir, env: { PATH: process.env.PATH }, timeout: 30_000 },
    (err, _stdout, stderr) => done({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stderr }));
});

function importFile(i: number): string {
  return ['kode;navn;overordnet;nivå;medlemmer', '00;Landsforbundet;;Landsforbund;', `${70 + i};Region ${i};00;Fylkeslag;`].join('\n');
}

// The host's core and the CLI each hold their own connection to one file, as two processes do.
describe('two writers at once', () => {
  it('the host writing in a loop and the CLI importing beside it both succeed, and nothing is lost', () => twoWriters(inProcess, 'in-process CLI', CLI_IMPORTS), 60_000);
  it.skipIf(!BUILT)('the same with the built CLI as a child process (needs out/main/cli.js: run npm run build first)', () => twoWriters(childProcess, 'built CLI', CHILD_IMPORTS), 60_000);
});

async function twoWriters(importUnits: Importer, label: string, imports: number): Promise<void> {
  const { dir, db } = workspace();
  for (let i = 0; i < imports; i++) writeFileSync(join(dir, `f${i}.csv`), importFile(i));
  expect((await importUnits(db, dir, 'f0.csv')).code).toBe(0);

  const host = await openCore({ dbPath: db, resourcesDir: RESOURCES_DIR });
  const levels = await host.dispatch('levels.list', {});
  if (!levels.ok) throw new Error('levels');
  const region = (levels.value as Level[]).find((l) => l.name === 'Fylkeslag');
  const before = await contents(db);
  const parent = before.units.find((u) => u.code === '00');
  if (!region || !parent) throw new Error('the first import did not create the levels');

  const acknowledged: string[] = [];
  const hostFailures: string[] = [];
  // Paced like a person clicking fast, so the writes span the CLI's imports (a child process takes a while to start).
  const hostLoop = (async () => {
    for (let i = 0; i < HOST_WRITES; i++) {
      await new Promise((r) => setTimeout(r, 10));
      const code = `9${String(i).padStart(3, '0')}`;
      const res = await host.dispatch('units.create', { code, name: `Lag ${i}`, levelId: region.id, parentId: parent.id });
      if (res.ok) acknowledged.push(code);
      else hostFailures.push(res.error.code);
    }
  })();
  const cliFailures: string[] = [];
  const cliLoop = (async () => {
    for (let i = 0; i < imports; i++) {
      const run = await importUnits(db, dir, `f${i}.csv`);
      if (run.code !== 0) cliFailures.push(run.stderr);
    }
  })();
  await Promise.all([hostLoop, cliLoop]);
  await host.close();

  const after = (await contents(db)).units.map((u: UnitRow) => u.code);
  const lost = acknowledged.filter((c) => !after.includes(c)).length + [...Array(imports).keys()].filter((i) => !after.includes(String(70 + i))).length;
  console.log(`two writers (${label}): ${acknowledged.length + hostFailures.length} host writes + ${imports} CLI imports, ${hostFailures.length + cliFailures.length} failures, ${lost} lost`);
  expect({ hostFailures, cliFailures, lost }).toEqual({ hostFailures: [], cliFailures: [], lost: 0 });
  expect(acknowledged).toHaveLength(HOST_WRITES);
}
