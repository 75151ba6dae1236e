// electron-vite's `?nodeWorker` import (see transfer/parse-in-worker.ts), typed here
// alone: electron-vite/node's full set of declarations also makes process.env entries
// read-only, which the bundle tests rely on deleting.
declare module '*?nodeWorker' {
  import type { Worker, WorkerOptions } from 'node:worker_threads';
  export default function createWorker(options: WorkerOptions): Worker;
}
