// The report methods: start checks the filters at once (so a bad filter fails
// the call itself), then the export runs as a job (jobs.ts).
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { resolveRequest } from './filters';
import { currentCall } from '../call-context';
import { createReportJobs, jobOwner, type ReportJobs } from './jobs';
import { osloDate } from '../../shared/dates';

type ReportMethods = 'reports.start' | 'reports.status' | 'reports.cancel' | 'reports.result';

export function reportHandlers(ctx: CoreContext, jobs: ReportJobs = createReportJobs(ctx, (err) => ctx.onInternalError('reports', err))): HandlersFor<ReportMethods> {
  const owner = () => jobOwner(currentCall()?.caller);
  return {
    'reports.start': async (input) => jobs.start(await resolveRequest(ctx.ds.manager, input, osloDate(ctx.now())), owner()),
    'reports.status': async ({ jobId }) => jobs.status(jobId, owner()),
    'reports.cancel': async ({ jobId }) => jobs.cancel(jobId, owner()),
    'reports.result': async ({ jobId }) => jobs.result(jobId, owner()),
  };
}
