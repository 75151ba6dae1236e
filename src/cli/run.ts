// The CLI as a function: argv and an output sink in, exit code out. main.ts
// binds it to the process; tests call it directly.
import { existsSync } from 'node:fs';
import { openCore } from '../core';
import { createI18n } from '../shared/i18n';
import { parseCliArgs } from './args';
import { runCommand, type CliIo } from './commands';
import { defaultResourcesDir, packageVersion, resolveDbPath } from './paths';

export type { CliIo } from './commands';

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Folder with the bundled demo data; found by walking up from this file by default. */
  resourcesDir?: string;
  version?: string;
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

  const dbPath = resolveDbPath(parsed.db, env, cwd);
  const dbExisted = existsSync(dbPath);
  let core;
  try {
    core = await openCore({
      dbPath,
      resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
      version: options.version ?? packageVersion(),
      onInternalError: (_method, err) => io.stderr(t('cli:internalDetail', { detail: err instanceof Error ? err.message : String(err) })),
    });
  } catch (err) {
    io.stderr(t('errors:code.FILE_UNREADABLE', { reason: `${dbPath}: ${err instanceof Error ? err.message : String(err)}` }));
    return 1;
  }
  try {
    return await runCommand({ dispatch: core.dispatch, t, io, lang: parsed.lang, dbPath, cwd, dbExisted }, parsed.command);
  } finally {
    await core.close();
  }
}
