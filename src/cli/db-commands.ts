// backup, restore and check: the database file itself. They go through the
// core's DbFiles (the same rules as Settings), in the core's queue; and
// rebuild-figures, which works out the stored support figures again.
import { resolve } from 'node:path';
import { AppError } from '../core';
import { fail, reason, type CommandContext } from './command-context';

/** A refusal from the core as the CLI prints it; anything else is a file system error. */
function refused(ctx: CommandContext, err: unknown, file: string, key: string): number {
  if (err instanceof AppError) return fail(ctx, { code: err.code, message: err.message, details: err.details ?? {} });
  ctx.io.stderr(ctx.t(key, { file, reason: reason(err) }));
  return 1;
}

export async function backup(ctx: CommandContext, out: string): Promise<number> {
  const path = resolve(ctx.cwd, out);
  try {
    const { bytes } = await ctx.files.backupTo(path);
    ctx.io.stdout(ctx.t('cli:backup.done', { file: path, size: (bytes / 1024).toFixed(0) }));
    return 0;
  } catch (err) {
    return refused(ctx, err, out, 'cli:file.writeFailed');
  }
}

export async function restore(ctx: CommandContext, file: string): Promise<number> {
  try {
    const { keptAs } = await ctx.files.restoreFrom(resolve(ctx.cwd, file), file);
    ctx.io.stdout(ctx.t('cli:restore.done', { file, path: ctx.dbPath, kept: keptAs }));
    return 0;
  } catch (err) {
    return refused(ctx, err, file, 'cli:file.readFailed');
  }
}

export async function check(ctx: CommandContext): Promise<number> {
  let result;
  try {
    result = await ctx.files.check();
  } catch (err) {
    if (err instanceof AppError) return fail(ctx, { code: err.code, message: err.message, details: err.details ?? {} });
    throw err;
  }
  if (result.ok) {
    ctx.io.stdout(ctx.t('cli:check.ok', { path: ctx.dbPath }));
    return 0;
  }
  ctx.io.stderr(ctx.t('cli:check.damaged', { path: ctx.dbPath, count: result.problems.length }));
  for (const line of result.problems) ctx.io.stderr(`  ${line}`);
  ctx.io.stderr(ctx.t('cli:check.restoreHint'));
  return 1;
}

/** The support rollups and due times from the cases and their events, the units' rollout states and the people's training facts, in one write (derived/rebuild.ts). */
export async function rebuildFigures(ctx: CommandContext): Promise<number> {
  try {
    const { cases, units, people } = await ctx.files.rebuildFigures();
    ctx.io.stdout(ctx.t('cli:rebuildFigures.done', { path: ctx.dbPath, count: cases }));
    ctx.io.stdout(ctx.t('cli:rebuildFigures.units', { count: units }));
    ctx.io.stdout(ctx.t('cli:rebuildFigures.people', { count: people }));
    return 0;
  } catch (err) {
    if (err instanceof AppError) return fail(ctx, { code: err.code, message: err.message, details: err.details ?? {} });
    throw err;
  }
}
