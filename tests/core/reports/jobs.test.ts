// Report exports run as jobs: the database is read in one turn of the queue,
// printing happens outside it, and status, cancel and result answer at once.
import { describe, expect, it } from 'vitest';
import type { PdfPrinter, PrintJob } from '../../../src/core';
import { AppError } from '../../../src/core';
import type { ReportJobStatus } from '../../../src/shared/types-reports';
import { openTestCore, type TestCore } from '../../support/db';
import { seedSmallOrg } from '../../support/seed';

/** A printer that waits until the test lets it finish, recording what it was asked. */
function heldPrinter() {
  const jobs: Array<{ job: PrintJob; signal: AbortSignal; release: (bytes: Buffer) => void; fail: (err: unknown) => void }> = [];
  const print: PdfPrinter = (job, signal) => new Promise<Buffer>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    jobs.push({ job, signal, release: resolve, fail: reject });
  });
  const started = async (n: number) => {
    for (let i = 0; i < 200 && jobs.length < n; i++) await new Promise((r) => setTimeout(r, 10));
    expect(jobs.length).toBeGreaterThanOrEqual(n);
  };
  const job = (i: number) => {
    const held = jobs[i];
    if (!held) throw new Error(`no print job ${i}`);
    return held;
  };
  return { print, jobs, started, job };
}

async function waitUntilSettled(core: TestCore, jobId: string): Promise<ReportJobStatus> {
  for (let i = 0; i < 500; i++) {
    const status = await core.call('reports.status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job never settled');
}

async function setup(printPdf?: PdfPrinter) {
  const core = await openTestCore({ now: () => new Date('2026-11-22T10:00:00Z'), ...(printPdf ? { printPdf } : {}) });
  await seedSmallOrg(core);
  return core;
}

describe('report jobs', () => {
  it('runs a CSV export to a file, then forgets it once fetched', async () => {
    const core = await setup();
    const started = await core.call('reports.start', { kind: 'national', format: 'csv', lang: 'en' });
    expect(started).toMatchObject({ state: 'running', step: 'data', kind: 'national', format: 'csv' });
    const done = await waitUntilSettled(core, started.jobId);
    expect(done).toMatchObject({ state: 'done', progress: 1, error: null, fileName: 'national-status-2026-11-22.csv' });
    const file = await core.call('reports.result', { jobId: started.jobId });
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('Møre og Romsdal');
    const again = await core.raw('reports.result', { jobId: started.jobId });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });

  it('prints outside the database queue: other calls and the status answer while Chromium works', async () => {
    const printer = heldPrinter();
    const core = await setup(printer.print);
    const { jobId } = await core.call('reports.start', { kind: 'national', format: 'pdf' });
    await printer.started(1);
    const status = await core.call('reports.status', { jobId });
    expect(status).toMatchObject({ state: 'running', step: 'render' });
    expect(status.progress).toBeGreaterThanOrEqual(0.6);
    // A database call is not stuck behind the print.
    expect((await core.call('app.status')).unitCount).toBe(3);
    const job = printer.job(0);
    expect(job.job.html).toContain('<!DOCTYPE html>');
    job.release(Buffer.from('%PDF-1.4 test'));
    const done = await waitUntilSettled(core, jobId);
    expect(done.fileName).toBe('nasjonal-status-2026-11-22.pdf');
    const file = await core.call('reports.result', { jobId });
    expect(file.mimeType).toBe('application/pdf');
    expect(Buffer.from(file.base64, 'base64').toString()).toBe('%PDF-1.4 test');
  });

  it('cancels a running export: the printer is told to stop and there is no file', async () => {
    const printer = heldPrinter();
    const core = await setup(printer.print);
    const { jobId } = await core.call('reports.start', { kind: 'national', format: 'pdf' });
    await printer.started(1);
    const cancelled = await core.call('reports.cancel', { jobId });
    expect(cancelled.state).toBe('cancelled');
    expect(printer.job(0).signal.aborted).toBe(true);
    expect((await waitUntilSettled(core, jobId)).state).toBe('cancelled');
    const result = await core.raw('reports.result', { jobId });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'REPORT_NOT_READY', details: { state: 'cancelled' } });
  });

  it('refuses a fourth export while three run, and reports a failed print with its error', async () => {
    const printer = heldPrinter();
    const core = await setup(printer.print);
    const ids: string[] = [];
    const id = (i: number): string => ids[i] ?? '';
    // One at a time to the printer, so print job i is export i (on PostgreSQL the reads run side by side).
    for (let i = 0; i < 3; i++) {
      ids.push((await core.call('reports.start', { kind: 'national', format: 'pdf' })).jobId);
      await printer.started(i + 1);
    }
    const busy = await core.raw('reports.start', { kind: 'national', format: 'pdf' });
    expect(busy.ok ? null : busy.error).toMatchObject({ code: 'REPORT_BUSY', details: { running: 3 } });
    printer.job(0).fail(new AppError('PDF_UNAVAILABLE', 'gone'));
    printer.job(1).fail(new Error('crash'));
    printer.job(2).release(Buffer.from('%PDF'));
    expect((await waitUntilSettled(core, id(0))).error?.code).toBe('PDF_UNAVAILABLE');
    expect((await waitUntilSettled(core, id(1))).error?.code).toBe('INTERNAL');
    expect((await waitUntilSettled(core, id(2))).state).toBe('done');
  });

  it('stops a running export when the core closes', async () => {
    const printer = heldPrinter();
    const core = await setup(printer.print);
    await core.call('reports.start', { kind: 'national', format: 'pdf' });
    await printer.started(1);
    await core.close();
    expect(printer.job(0).signal.aborted).toBe(true);
  });

  it('answers an unknown job with NOT_FOUND', async () => {
    const core = await setup();
    const env = await core.raw('reports.status', { jobId: '00000000-0000-4000-8000-000000000000' });
    expect(env.ok ? null : env.error.code).toBe('NOT_FOUND');
  });
});
