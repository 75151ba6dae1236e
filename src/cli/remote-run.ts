// The CLI against a team server (--server): the same commands through the server's API with
// the stored session, so a scheduled export runs on a machine without the database.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { TFunction } from 'i18next';
import type { Command } from './args';
import { runCommand, type CliIo } from './commands';
import { remoteTransport } from '../shared/remote-transport';
import type { Lang } from '../shared/types';
import { runSignIn, runSignOut } from './remote-commands';
import { storedToken } from './token-store';

export interface RemoteRunOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  t: TFunction;
  io: CliIo;
  lang: Lang;
  readPassword: (prompt: string) => Promise<string>;
}

/** Reads one line without echoing it on a terminal; from a pipe, the first line. */
export function readPassword(prompt: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const terminal = process.stdin.isTTY;
  if (terminal) process.stderr.write(prompt);
  const rl = createInterface({ input: process.stdin, output: muted, terminal });
  return new Promise((resolve) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      if (terminal) process.stderr.write('\n');
      resolve(line);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

function noFiles(): never {
  // The argument parser lets only the API's commands reach a server.
  throw new Error('not available against a team server');
}

export async function runRemote(origin: string, command: Command, options: RemoteRunOptions): Promise<number> {
  const { env, t, io } = options;
  if (command.name === 'sign-in') {
    const password = await options.readPassword(t('cli:remote.passwordPrompt', { email: command.email }));
    return runSignIn({ origin, env, t, io, email: command.email, password });
  }
  if (command.name === 'sign-out') return runSignOut({ origin, env, t, io });
  const token = storedToken(env, origin);
  if (token === null) {
    io.stderr(t('cli:remote.notSignedIn', { server: origin }));
    return 1;
  }
  const transport = remoteTransport({ server: origin, token });
  // The server validates the method and input; the CLI's own commands only name contract methods.
  const dispatch = (method: unknown, input: unknown) => transport(method as Parameters<typeof transport>[0], input);
  return runCommand({
    dispatch,
    files: { backupTo: noFiles, restoreFrom: noFiles, check: noFiles, rebuildFigures: noFiles },
    t, io, lang: options.lang, dbPath: origin, cwd: options.cwd, dbExisted: true,
  }, command);
}
