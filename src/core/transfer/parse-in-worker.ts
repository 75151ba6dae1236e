// Runs parseTable in a worker thread, so a slow or hostile upload never blocks the
// core's event loop: the other calls go on while it is read (issue 15). One worker
// per upload, so the heap an upload used goes with it.
//
// How the worker file is found: `?nodeWorker` is electron-vite's import for a worker
// entry. At build time it bundles parse-worker.ts as its own chunk next to the main,
// host and CLI bundles (out/main/chunks/) and turns this import into
// `new Worker(new URL('./chunks/parse-worker-<hash>.js', import.meta.url))`. Electron
// loads worker scripts from app.asar since Electron 18, so packaging needs no asarUnpack.
// Under vitest, vitest.config.mts gives `?nodeWorker` the same meaning by bundling the
// entry with Vite (tests/support/node-worker-plugin.mts).
import { AppError } from '../errors';
import { parseStopped } from './limits';
import type { Table } from './parse-table';
import type { ParseReply, ParseRequest } from './parse-worker';
import createParseWorker from './parse-worker?nodeWorker';

export interface ParseLimits {
  /** Past this, the worker is terminated and the upload refused. */
  timeoutMs: number;
  /** The worker's V8 old space. A parse within transfer/limits.ts's caps fits; past it the worker dies, not the app. */
  maxOldGenerationSizeMb: number;
}

/**
 * The heaviest XLSX the caps let through that we could build (49,000 rows of 40 cells,
 * about 58 MiB of sheet XML) took 20-35 s and fit 512 MB of old space on the 2-core
 * development machine; a crafted one of the same size needed more than 512 MB. A real
 * membership list takes well under a second. These leave room for a slower laptop and
 * still stop a parse that something the caps do not count has made runaway.
 */
export const PARSE_LIMITS: ParseLimits = { timeoutMs: 120_000, maxOldGenerationSizeMb: 1024 };

/** The bytes in an ArrayBuffer of their own, so it can be transferred (moved, not copied) to the worker. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

function fromReply(reply: ParseReply): Table | Error {
  if (reply.ok) return reply.table;
  if ('error' in reply) return new AppError(reply.error.code, reply.error.message, reply.error.details);
  const err = new Error(reply.internal.message);
  err.name = reply.internal.name;
  return err;
}

/** Parses an upload in a fresh worker. The bytes are moved there: the caller must not use them afterwards. */
export function parseInWorker(bytes: Uint8Array, fileName: string, limits: ParseLimits = PARSE_LIMITS): Promise<Table> {
  const own = ownBuffer(bytes);
  const request: ParseRequest = { fileName, bytes: own };
  return new Promise<Table>((resolve, reject) => {
    const worker = createParseWorker({
      workerData: request,
      transferList: [own.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
    });
    let settled = false;
    const settle = (outcome: Table | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => settle(parseStopped('time', limits.timeoutMs)), limits.timeoutMs);
    worker.once('message', (reply: ParseReply) => settle(fromReply(reply)));
    worker.once('error', (err: Error & { code?: string }) =>
      settle(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? parseStopped('memory', limits.maxOldGenerationSizeMb) : err));
    worker.once('exit', (code) => settle(new Error(`The parse worker ended without a reply (exit code ${code})`)));
  });
}
