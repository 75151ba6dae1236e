// The parse worker's entry: one upload per worker, parsed off the core's event loop.
// parse-in-worker.ts starts it with `?nodeWorker` (see there for how it is found).
// The bytes arrive transferred in workerData; one reply goes back, then the worker ends.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors';
import type { ApiError } from '../../shared/errors';
import { parseTable, type Table } from './parse-table';

export interface ParseRequest {
  fileName: string;
  bytes: Uint8Array;
}

/** A refusal keeps its AppError's code and details; anything else is an internal failure, as in-thread. */
export type ParseReply =
  | { ok: true; table: Table }
  | { ok: false; error: ApiError }
  | { ok: false; internal: { name: string; message: string } };

function replyFor(err: unknown): ParseReply {
  if (err instanceof AppError) {
    const error: ApiError = { code: err.code, message: err.message };
    if (err.details !== undefined) error.details = err.details;
    return { ok: false, error };
  }
  const failure = err instanceof Error ? err : new Error(String(err));
  return { ok: false, internal: { name: failure.name, message: failure.message } };
}

const port = parentPort;
if (port) {
  const { fileName, bytes } = workerData as ParseRequest;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  parseTable(buffer, fileName).then(
    (table) => port.postMessage({ ok: true, table } satisfies ParseReply),
    (err: unknown) => port.postMessage(replyFor(err)),
  );
}
