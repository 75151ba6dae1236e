// What every CLI command gets, and the small steps they share: calling the
// core through its dispatcher, printing an error envelope, saving a file.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TFunction } from 'i18next';
import type { Core, Dispatch } from '../core';
import type { MethodName, ParamsOf, ResultOf } from '../shared/contract';
import type { ApiError } from '../shared/errors';
import type { Lang } from '../shared/types';
import { describeError } from './messages';

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export interface CommandContext {
  dispatch: Dispatch;
  /** Backup, restore, the full check and rebuilding the derived figures: the database itself, outside the contract. */
  files: Pick<Core, 'backupTo' | 'restoreFrom' | 'check' | 'rebuildFigures'>;
  t: TFunction;
  io: CliIo;
  lang: Lang;
  dbPath: string;
  cwd: string;
  /** Whether the database file existed before this run opened it. */
  dbExisted: boolean;
  /** The team server's address (--public-url or FORANKRING_PUBLIC_URL), for create-admin's link. */
  publicUrl?: string;
}

export type Outcome<K extends MethodName> = { ok: true; value: ResultOf<K> } | { ok: false; error: ApiError };

export async function call<K extends MethodName>(ctx: CommandContext, method: K, input: ParamsOf<K>): Promise<Outcome<K>> {
  return (await ctx.dispatch(method, input)) as Outcome<K>;
}

/** Prints the translated error; the exit code for it. */
export function fail(ctx: CommandContext, error: ApiError, fileName?: string): number {
  for (const line of describeError(ctx.t, error, fileName)) ctx.io.stderr(line);
  return 1;
}

/** A file system error's code (ENOENT, EACCES …), which reads the same in every language. */
export function reason(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : String(err);
}

/** Writes an export's bytes to the file and says where; the exit code. */
export function saveExport(ctx: CommandContext, file: string, base64: string, doneKey: string): number {
  const path = resolve(ctx.cwd, file);
  try {
    writeFileSync(path, Buffer.from(base64, 'base64'));
  } catch (err) {
    ctx.io.stderr(ctx.t('cli:file.writeFailed', { file, reason: reason(err) }));
    return 1;
  }
  ctx.io.stdout(ctx.t(doneKey, { file: path }));
  return 0;
}
