import { join } from 'node:path';
import { openCore } from '../../src/core';
import { runCli } from '../../src/cli/run';
import type { UnitRow, Level } from '../../src/shared/types';
import { RESOURCES_DIR, tempDir } from '../support/db';

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the CLI in-process with a clean environment, in `cwd` (a fresh temp dir by default). */
export async function cli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) }, {
    cwd: options.cwd ?? tempDir(),
    env: options.env ?? {},
    resourcesDir: RESOURCES_DIR,
    version: 'test',
  });
  return { code, stdout, stderr };
}

/** A temp folder with a database path inside it. */
export function workspace(): { dir: string; db: string } {
  const dir = tempDir();
  return { dir, db: join(dir, 'org.sqlite') };
}

/** What the database holds, read through a fresh core after the CLI has closed it. */
export async function contents(dbPath: string): Promise<{ units: UnitRow[]; levels: Level[] }> {
  const core = await openCore({ dbPath, resourcesDir: RESOURCES_DIR });
  try {
    const units = await core.dispatch('units.tree', { includeArchived: true });
    const levels = await core.dispatch('levels.list', {});
    if (!units.ok || !levels.ok) throw new Error('could not read the database');
    return { units: units.value as UnitRow[], levels: levels.value as Level[] };
  } finally {
    await core.close();
  }
}
