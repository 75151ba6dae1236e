// `forankring report`: starts a report job through the dispatcher, as the app
// does, waits for it, and writes the file. The folder must exist already: a
// weekly script with a mistyped path should fail loudly, not scatter folders.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReportJobStatus } from '../shared/types-reports';
import { call, fail, saveExport, type CommandContext } from './command-context';
import type { ReportCommand } from './report-args';

// Polling starts quick (a CSV is done in a moment) and slows for a long PDF.
const FIRST_POLL_MS = 20;
const MAX_POLL_MS = 250;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The job's last status once it is no longer running, or null after printing why it could not be followed. */
async function finished(ctx: CommandContext, started: ReportJobStatus): Promise<ReportJobStatus | null> {
  let status = started;
  let wait = FIRST_POLL_MS;
  while (status.state === 'running') {
    await sleep(wait);
    wait = Math.min(MAX_POLL_MS, wait * 2);
    const polled = await call(ctx, 'reports.status', { jobId: status.jobId });
    if (!polled.ok) {
      fail(ctx, polled.error);
      return null;
    }
    status = polled.value;
  }
  return status;
}

export async function runReport(ctx: CommandContext, command: ReportCommand): Promise<number> {
  const folder = dirname(resolve(ctx.cwd, command.out));
  if (!isFolder(folder)) {
    ctx.io.stderr(ctx.t('cli:report.noFolder', { folder }));
    return 1;
  }
  const { kind, unit, wave, from, to, format, separator, appendix } = command;
  const started = await call(ctx, 'reports.start', { kind, unit, wave, from, to, format, separator, appendix, lang: ctx.lang });
  if (!started.ok) return fail(ctx, started.error);

  const status = await finished(ctx, started.value);
  if (!status) return 1;
  if (status.state === 'failed') return fail(ctx, status.error ?? { code: 'INTERNAL', message: 'Report failed' });
  if (status.state === 'cancelled') {
    ctx.io.stderr(ctx.t('cli:report.cancelled'));
    return 1;
  }
  const file = await call(ctx, 'reports.result', { jobId: status.jobId });
  if (!file.ok) return fail(ctx, file.error);
  return saveExport(ctx, command.out, file.value.base64, 'cli:report.done');
}
