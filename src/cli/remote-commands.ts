// `forankring sign-in` / `sign-out` with --server: the CLI's session on a team server, kept
// by token-store.ts for the commands that then run against that server (report, exports).
import type { TFunction } from 'i18next';
import { remoteTransport } from '../shared/remote-transport';
import type { ApiError } from '../shared/errors';
import { describeError } from './messages';
import type { CliIo } from './command-context';
import { storedToken, storeToken } from './token-store';

export interface RemoteCommandOptions {
  origin: string;
  env: NodeJS.ProcessEnv;
  t: TFunction;
  io: CliIo;
}

function failWith(t: TFunction, io: CliIo, error: ApiError): number {
  for (const line of describeError(t, error)) io.stderr(line);
  return 1;
}

export async function runSignIn(options: RemoteCommandOptions & { email: string; password: string }): Promise<number> {
  const { origin, env, t, io, email, password } = options;
  const answer = await remoteTransport({ server: origin })('auth.signIn', { email, password });
  if (!answer.ok) return failWith(t, io, answer.error);
  const token = (answer.value as { token?: unknown }).token;
  if (typeof token !== 'string' || token === '') return failWith(t, io, { code: 'SERVER_UNREACHABLE', message: 'No session in the answer', details: { server: origin, reason: 'no token' } });
  storeToken(env, origin, token);
  io.stdout(t('cli:remote.signedIn', { email, server: origin }));
  return 0;
}

export async function runSignOut({ origin, env, t, io }: RemoteCommandOptions): Promise<number> {
  const token = storedToken(env, origin);
  if (token !== null) {
    // Forgotten here whatever the server answers: an unreachable server's session ends by itself.
    await remoteTransport({ server: origin, token })('auth.signOut', {});
  }
  storeToken(env, origin, null);
  io.stdout(t('cli:remote.signedOut', { server: origin }));
  return 0;
}
