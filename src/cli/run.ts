// The CLI as a function: argv and an output sink in, exit code out. main.ts
// binds it to the process; tests call it directly.
import { existsSync } from 'node:fs';
import { AppError, openCore } from '../core';
import { reason } from './command-context';
import { errorMessage } from './messages';
import { createI18n } from '../shared/i18n';
import type { ChromiumPrinter } from '../core/reports/chromium-printer';
import { parseCliArgs, type Command } from './args';
import { runServer } from './server-command';
import { runCopy } from './copy-commands';
import { shownUrl } from '../core/db/open-server';
import { runCommand, type CliIo } from './commands';
import { readPassword, runRemote } from './remote-run';
import { defaultResourcesDir, packageVersion, resolveDbPath } from './paths';

export type { CliIo } from './commands';

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Folder with the bundled demo data; found by walking up from this file by default. */
  resourcesDir?: string;
  version?: string;
  /** "Now" for the core; tests fix it so reports are for a known day. */
  now?: () => Date;
  /** Stops `server` (tests); by default SIGTERM and SIGINT do. */
  stop?: AbortSignal;
  /** The password for `sign-in`; read from the terminal (or stdin) by default. */
  readPassword?: (prompt: string) => Promise<string>;
}

/**
 * Headless Chromium, only when the command prints a PDF: every other command
 * starts without loading playwright-core or looking for a browser.
 * FORANKRING_CHROMIUM points at a browser other than the one found by default.
 * Without any, the print fails with PDF_UNAVAILABLE, which says how to fix it.
 */
async function printerFor(command: Command, env: NodeJS.ProcessEnv): Promise<ChromiumPrinter | null> {
  if (command.name !== 'report' || command.format !== 'pdf') return null;
  const { createChromiumPrinter, findChromium } = await import('../core/reports/chromium-printer');
  // Found from the CLI's environment; the browser itself starts on the first print.
  const executablePath = findChromium(env);
  return createChromiumPrinter(executablePath === null ? {} : { executablePath });
}

function printLines(write: (line: string) => void, text: string): void {
  for (const line of text.split('\n')) write(line);
}

export async function runCli(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const parsed = parseCliArgs(argv, env);
  const i18n = await createI18n(parsed.lang);
  const t = i18n.t.bind(i18n);

  if (parsed.kind === 'help') {
    printLines(io.stdout, t('cli:usage'));
    return 0;
  }
  if (parsed.kind === 'usage') {
    io.stderr(t(`cli:usageError.${parsed.error.key}`, parsed.error.params ?? {}));
    io.stderr('');
    printLines(io.stderr, t('cli:usage'));
    return 2;
  }

  if (parsed.command.name === 'server') {
    const { databaseUrl } = parsed;
    if (databaseUrl === undefined) return 2;
    const { name: _server, ...settings } = parsed.command;
    return runServer({ databaseUrl, ...settings, ...(options.stop ? { stop: options.stop } : {}) }, t, io);
  }
  if (parsed.command.name === 'copy-to-server' || parsed.command.name === 'copy-from-server') {
    const direction = parsed.command.name === 'copy-to-server' ? 'to-server' : 'from-server';
    return runCopy({ direction, dbPath: resolveDbPath(parsed.db, env, cwd), databaseUrl: parsed.databaseUrl ?? '' }, t, io);
  }
  if (parsed.server !== undefined) return runRemote(parsed.server, parsed.command, { env, cwd, t, io, lang: parsed.lang, readPassword: options.readPassword ?? readPassword });
  const { databaseUrl } = parsed;
  const dbPath = databaseUrl === undefined ? resolveDbPath(parsed.db, env, cwd) : shownUrl(databaseUrl);
  // A server database is "ready" rather than "created": it was made with createdb beforehand.
  const dbExisted = databaseUrl !== undefined || existsSync(dbPath);
  const printer = await printerFor(parsed.command, env);
  try {
    let core;
    try {
      core = await openCore({
        ...(databaseUrl === undefined ? { dbPath } : { databaseUrl }),
        resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
        version: options.version ?? packageVersion(),
        printPdf: printer?.print ?? null,
        ...(options.now ? { now: options.now } : {}),
        onInternalError: (_method, err) => io.stderr(t('cli:internalDetail', { detail: err instanceof Error ? err.message : String(err) })),
      });
    } catch (err) {
      // A newer file says so; anything else names the database and SQLite's or the system's code, never "unreadable".
      if (err instanceof AppError) io.stderr(errorMessage(t, { code: err.code, message: err.message, details: err.details ?? {} }));
      else io.stderr(t('cli:openFailed', { path: dbPath, reason: reason(err) }));
      return 1;
    }
    try {
      const publicUrl = env.FORANKRING_PUBLIC_URL?.trim().replace(/\/$/, '') || undefined;
      return await runCommand({ dispatch: core.dispatch, files: core, t, io, lang: parsed.lang, dbPath, cwd, dbExisted, ...(publicUrl ? { publicUrl } : {}) }, parsed.command);
    } finally {
      await core.close();
    }
  } finally {
    // After the core, whose close stops any job still printing.
    await printer?.close();
  }
}
