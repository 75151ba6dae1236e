// Contract entries for status reports. A report runs as a job: start it, poll
// its status (progress), cancel it, and fetch the file once it is done. Status,
// cancel and result answer from memory, so they never wait behind the export.
import { z } from 'zod';
import { isoDateSchema, method } from './method-spec';
import { codeSchema, langSchema, text } from './schemas';
import type { ExportedFile } from './types';
import { REPORT_FORMATS, REPORT_KINDS, type ReportJobStatus } from './types-reports';

const jobId = z.string().regex(/^[0-9a-f-]{36}$/, 'job id');

export const reportMethods = {
  'reports.start': method<ReportJobStatus>()(
    z.object({
      kind: z.enum(REPORT_KINDS),
      unit: codeSchema.nullable().default(null),
      wave: text().trim().min(1).max(100).nullable().default(null),
      from: isoDateSchema.nullable().default(null),
      to: isoDateSchema.nullable().default(null),
      format: z.enum(REPORT_FORMATS),
      separator: z.enum([';', ',']).default(';'),
      lang: langSchema.default('nb'),
      appendix: z.boolean().default(false),
    }).strict(),
    ['REPORT_FILTER', 'PDF_UNAVAILABLE', 'REPORT_BUSY'],
  ),
  'reports.status': method<ReportJobStatus>()(z.object({ jobId }).strict(), ['NOT_FOUND']),
  'reports.cancel': method<ReportJobStatus>()(z.object({ jobId }).strict(), ['NOT_FOUND']),
  /** The finished file; fetching it forgets the job. */
  'reports.result': method<ExportedFile>()(z.object({ jobId }).strict(), ['NOT_FOUND', 'REPORT_NOT_READY']),
} as const;
