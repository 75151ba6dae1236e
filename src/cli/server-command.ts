// `forankring server`: the team server. The same host as `npm run serve`, on a
// PostgreSQL database, listening on loopback unless --host says otherwise, with
// one log line per request. It runs until SIGTERM or SIGINT (or the signal a test
// passes), then stops taking requests, finishes the ones in flight and closes.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TFunction } from 'i18next';
import { AppError } from '../core';
import { startHost } from '../host/server';
import type { CliIo } from './command-context';
import type { ServerSecurity } from './args';
import { readFileSync } from 'node:fs';
import { errorMessage } from './messages';

/** How long SIGTERM waits for the requests in flight and the database to close. */
const CLOSE_WAIT_MS = 10_000;

export interface ServerRun extends ServerSecurity {
  databaseUrl: string;
  host: string;
  port: number;
  /** Aborting it stops the server; by default SIGTERM and SIGINT do. */
  stop?: AbortSignal;
}

function processSignals(): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGTERM', abort);
  process.once('SIGINT', abort);
  return controller.signal;
}

export async function runServer(run: ServerRun, t: TFunction, io: CliIo): Promise<number> {
  const stop = run.stop ?? processSignals();
  let host;
  try {
    host = await startHost({
      databaseUrl: run.databaseUrl,
      host: run.host,
      port: run.port,
      mode: 'team',
      behindProxy: run.behindProxy,
      ...(run.tls ? { tls: { cert: readFileSync(run.tls.cert), key: readFileSync(run.tls.key) } } : {}),
      ...(run.publicUrl ? { publicUrl: run.publicUrl } : {}),
      ...(run.mail ? { mail: run.mail } : {}),
      logRequest: (line) => io.stdout(`[forankring] ${line}`),
      // The method and the database's own code, never the input (it may hold personal data).
      onInternalError: (method, err) => io.stderr(t('cli:internalDetail', { detail: `${method}: ${(err as { code?: unknown }).code ?? (err instanceof Error ? err.name : 'error')}` })),
    });
  } catch (err) {
    if (err instanceof AppError) io.stderr(errorMessage(t, { code: err.code, message: err.message, details: err.details ?? {} }));
    else io.stderr(t('cli:host.startFailed', { reason: (err as { code?: unknown }).code ?? (err instanceof Error ? err.message : String(err)) }));
    return 1;
  }
  io.stdout(`Forankring: ${host.url}`);
  io.stderr(t('cli:server.listening', { origin: host.origin }));
  if (!stop.aborted) await once(stop, 'abort');
  io.stderr(t('cli:server.stopping'));
  // Bounded: a request that does not finish must not keep the server from stopping.
  const closed = await Promise.race([host.close().then(() => true), sleep(CLOSE_WAIT_MS).then(() => false)]);
  if (!closed) io.stderr(t('cli:server.stoppedWithoutWaiting', { seconds: CLOSE_WAIT_MS / 1000 }));
  return closed ? 0 : 1;
}
