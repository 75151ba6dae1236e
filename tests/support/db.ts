import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCore, type Core, type OpenCoreOptions, type PdfPrinter } from '../../src/core';
import { afterThisTest } from './cleanup';
import { migratedPostgresDatabase, ON_POSTGRES } from './postgres';
import type { ParseLimits } from '../../src/core/transfer/parse-in-worker';
import type { Envelope } from '../../src/shared/errors';
import type { MethodName, ParamsOf, ResultOf } from '../../src/shared/contract';

export const RESOURCES_DIR = resolve(__dirname, '../../resources');

/** A fresh directory that is removed after the test. */
export function tempDir(prefix = 'forankring-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterThisTest(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// One migrated SQLite file per worker, copied for each test, as PostgreSQL copies a
// template database: running every migration again cost 0.1–0.3 s per test.
let sqliteTemplate: Promise<string> | undefined;

async function migratedSqliteTemplate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'forankring-tpl-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'template.sqlite');
  const core = await openCore({ dbPath: path, resourcesDir: RESOURCES_DIR, version: 'test' });
  await core.close();
  return path;
}

/** A migrated SQLite file of its own in a temporary directory, removed after the test. */
export async function migratedSqliteFile(): Promise<string> {
  sqliteTemplate ??= migratedSqliteTemplate();
  const path = join(tempDir(), 'test.sqlite');
  copyFileSync(await sqliteTemplate, path);
  return path;
}

export interface TestCore extends Core {
  /** Calls a method and returns the value, failing the test on an error envelope. */
  call<K extends MethodName>(method: K, input?: ParamsOf<K>): Promise<ResultOf<K>>;
  /** Calls a method and returns the raw envelope. */
  raw<K extends MethodName>(method: K, input?: unknown): Promise<Envelope<ResultOf<K>>>;
}

/** A real SQLite file in its own temporary directory (or a PostgreSQL database, see ON_POSTGRES), migrated, closed after the test. */
export async function openTestCore(options: { now?: () => Date; printPdf?: PdfPrinter; parseLimits?: ParseLimits; accounts?: OpenCoreOptions['accounts'] } = {}): Promise<TestCore> {
  const store = ON_POSTGRES ? { databaseUrl: await migratedPostgresDatabase() } : { dbPath: await migratedSqliteFile() };
  // FORANKRING_TEST_LOG_INTERNAL=1 shows what lies behind an INTERNAL answer while porting a query.
  const log = process.env.FORANKRING_TEST_LOG_INTERNAL ? { onInternalError: (m: string, e: unknown) => console.error(m, e) } : {};
  const core = await openCore({ ...store, resourcesDir: RESOURCES_DIR, version: 'test', ...log, ...options });
  afterThisTest(() => core.close());
  const raw = async <K extends MethodName>(method: K, input?: unknown) =>
    (await core.dispatch(method, input ?? {})) as Envelope<ResultOf<K>>;
  const call = async <K extends MethodName>(method: K, input?: ParamsOf<K>) => {
    const env = await raw<K>(method, input);
    if (!env.ok) throw new Error(`${method} failed: ${env.error.code} ${JSON.stringify(env.error.details)}`);
    return env.value;
  };
  return Object.assign(core, { call, raw });
}
