// Report exports as background jobs: read the database in one turn of the
// queue (a consistent picture), then lay out and render outside it, so the app
// stays responsive while Chromium prints. Progress and cancel work from memory.
import { AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApiError } from '../../shared/errors';
import type { ExportedFile } from '../../shared/types';
import type { ReportJobStatus, ReportStep } from '../../shared/types-reports';
import type { Caller } from '../call-context';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { getSettings } from '../services/settings';
import { exportFileName, MIME_TYPES } from '../transfer/file-name';
import { osloDate } from '../../shared/dates';
import { BUILDERS } from './build';
import type { ResolvedRequest } from './filters';
import { renderReport } from './render';
import { reportT } from './translate';

/** The owner of jobs started outside a signed-in call: the local owner (desktop, CLI, tests). */
const LOCAL = 'local';

/** Whose job a call's report belongs to: the signed-in account, or the local owner. */
export function jobOwner(caller: Caller | undefined): string {
  return caller?.userId != null ? `user:${caller.userId}` : LOCAL;
}

/** More than this many exports at once is refused with REPORT_BUSY. */
export const MAX_RUNNING = 3;
/** A finished job's file is kept this long for `reports.result`, then dropped. */
const KEEP_MS = 15 * 60 * 1000;

// Where each step starts and ends on the job's 0..1 progress.
const SPAN: Record<ReportStep, readonly [number, number]> = { data: [0, 0.5], layout: [0.5, 0.6], render: [0.6, 1] };

interface Job {
  /** Who started it (jobOwner): only they may follow, cancel or fetch it. */
  owner: string;
  status: ReportJobStatus;
  controller: AbortController;
  file: ExportedFile | null;
}

export interface ReportJobs {
  start(request: ResolvedRequest, owner?: string): ReportJobStatus;
  status(jobId: string, owner?: string): ReportJobStatus;
  cancel(jobId: string, owner?: string): ReportJobStatus;
  result(jobId: string, owner?: string): ExportedFile;
  /** Resolves when no job is running; for tests and shutdown. */
  idle(): Promise<void>;
}

function failure(err: unknown, onInternal: (err: unknown) => void): ApiError {
  if (err instanceof AppError) return err.details === undefined ? { code: err.code, message: err.message } : { code: err.code, message: err.message, details: err.details };
  onInternal(err);
  return { code: 'INTERNAL', message: 'Internal error' };
}

export function createReportJobs(ctx: CoreContext, onInternal: (err: unknown) => void = () => undefined): ReportJobs {
  const jobs = new Map<string, Job>();
  const running = new Set<Promise<void>>();
  // A job outlives the reports.start call that starts it. On PostgreSQL that call is a
  // transaction found through the async context, so the job runs in the context the
  // jobs were made in (when the core opened) and its ctx.serial is a call of its own.
  const detached = new AsyncResource('ReportJob');

  // Another caller's job answers as if it did not exist: its figures were chosen for the
  // one who started it, and its id alone must not reveal that it exists.
  const find = (jobId: string, owner: string): Job => {
    const job = jobs.get(jobId);
    if (!job || job.owner !== owner) throw new AppError('NOT_FOUND', `Report job ${jobId} not found`, { entity: 'report', id: jobId });
    return job;
  };

  const at = (job: Job, step: ReportStep, fraction: number) => {
    if (job.status.state !== 'running') return;
    const [from, to] = SPAN[step];
    job.status = { ...job.status, step, progress: from + (to - from) * Math.min(1, Math.max(0, fraction)) };
  };

  const forgetLater = (jobId: string) => {
    setTimeout(() => jobs.delete(jobId), KEEP_MS).unref?.();
  };

  async function run(job: Job, request: ResolvedRequest): Promise<void> {
    const signal = AbortSignal.any([job.controller.signal, ctx.shutdown]);
    try {
      const t = await reportT(request.lang);
      const now = ctx.now();
      const model = await ctx.serial(async () => {
        signal.throwIfAborted();
        const em = ctx.ds.manager;
        return BUILDERS[request.kind]({
          em, t, lang: request.lang, today: osloDate(now), now, settings: await getSettings(em), request,
          progress: (f) => at(job, 'data', f), signal,
        });
      }, 'read');
      signal.throwIfAborted();
      at(job, 'layout', 0);
      const bytes = await renderReport(model, request, {
        t, printPdf: ctx.printPdf, signal, progress: (f) => at(job, 'render', f),
      });
      signal.throwIfAborted();
      const fileName = exportFileName(model.fileStem, now, request.format);
      job.file = { fileName, mimeType: MIME_TYPES[request.format], base64: bytes.toString('base64') };
      job.status = { ...job.status, state: 'done', step: 'render', progress: 1, fileName };
    } catch (err) {
      if (job.status.state !== 'running') return; // cancelled: the status already says so
      job.status = signal.aborted
        ? { ...job.status, state: 'cancelled' }
        : { ...job.status, state: 'failed', error: failure(err, onInternal) };
    } finally {
      forgetLater(job.status.jobId);
    }
  }

  return {
    start(request, owner = LOCAL) {
      const active = [...jobs.values()].filter((j) => j.status.state === 'running').length;
      if (active >= MAX_RUNNING) throw new AppError('REPORT_BUSY', 'Too many report exports running', { running: active });
      if (request.format === 'pdf' && !ctx.printPdf) throw new AppError('PDF_UNAVAILABLE', 'No PDF printer in this shell');
      const jobId = randomUUID();
      const job: Job = {
        owner,
        status: { jobId, kind: request.kind, format: request.format, state: 'running', step: 'data', progress: 0, error: null, fileName: null },
        controller: new AbortController(),
        file: null,
      };
      jobs.set(jobId, job);
      const done = detached.runInAsyncScope(() => run(job, request));
      running.add(done);
      void done.finally(() => running.delete(done));
      return job.status;
    },
    status: (jobId, owner = LOCAL) => find(jobId, owner).status,
    cancel(jobId, owner = LOCAL) {
      const job = find(jobId, owner);
      if (job.status.state === 'running') {
        job.status = { ...job.status, state: 'cancelled' };
        job.controller.abort();
      }
      return job.status;
    },
    result(jobId, owner = LOCAL) {
      const job = find(jobId, owner);
      if (job.status.state !== 'done' || !job.file) {
        throw new AppError('REPORT_NOT_READY', `Report job ${jobId} is ${job.status.state}`, { state: job.status.state });
      }
      jobs.delete(jobId);
      return job.file;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
