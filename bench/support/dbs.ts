// Temporary SQLite files for benches: real files on disk, removed when the bench ends.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCore, type Core } from '../../src/core';
import type { MethodName, ParamsOf, ResultOf } from '../../src/shared/contract';

export const RESOURCES_DIR = resolve(__dirname, '../../resources');

export interface BenchDir {
  /** A new file path inside the directory, never used before. */
  file(name: string): string;
  remove(): void;
}

export function benchDir(): BenchDir {
  const dir = mkdtempSync(join(tmpdir(), 'forankring-bench-'));
  let n = 0;
  return {
    file: (name) => join(dir, `${++n}-${name}`),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function openBenchCore(dbPath: string): Promise<Core> {
  return openCore({ dbPath, resourcesDir: RESOURCES_DIR, version: 'bench' });
}

/** The core on a PostgreSQL database, as `forankring server --database-url` opens it. */
export function openPgBenchCore(databaseUrl: string, now?: () => Date): Promise<Core> {
  return openCore({ databaseUrl, resourcesDir: RESOURCES_DIR, version: 'bench', ...(now ? { now } : {}) });
}

/** Calls a method the way the UI's client does, and throws on an error envelope. */
export async function call<K extends MethodName>(core: Core, method: K, input: ParamsOf<K>): Promise<ResultOf<K>> {
  const env = await core.dispatch(method, input);
  if (!env.ok) throw new Error(`${method} failed: ${env.error.code} ${env.error.message} ${JSON.stringify(env.error.details ?? {})}`);
  return env.value as ResultOf<K>;
}

/**
 * An empty database with the app's schema, made by the app's own migrations,
 * so the raw side writes into exactly the same tables and indexes.
 * Returns a function that copies it to a new path.
 */
export async function schemaTemplate(dir: BenchDir): Promise<() => string> {
  const template = dir.file('template.sqlite');
  const core = await openBenchCore(template);
  await core.close();
  return () => {
    const path = dir.file('copy.sqlite');
    copyFileSync(template, path);
    return path;
  };
}
