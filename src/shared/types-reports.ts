// Status reports: what can be asked for, and how a running export is followed.
// A report is built as a job, so a long export can show progress and be cancelled.
import type { ApiError } from './errors';
import type { Lang } from './types';

export const REPORT_KINDS = ['national', 'region', 'wave', 'chapter', 'support'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The filters each kind takes. Any other filter is refused with REPORT_FILTER, so a typo in a script is not silently ignored. */
export const REPORT_FILTERS: Record<ReportKind, { unit: 'required' | 'optional' | 'no'; wave: 'required' | 'optional' | 'no'; period: boolean; appendix: boolean }> = {
  national: { unit: 'no', wave: 'optional', period: true, appendix: false },
  region: { unit: 'required', wave: 'optional', period: true, appendix: true },
  wave: { unit: 'no', wave: 'required', period: false, appendix: true },
  chapter: { unit: 'required', wave: 'no', period: false, appendix: false },
  support: { unit: 'optional', wave: 'no', period: true, appendix: false },
};

export interface ReportRequest {
  kind: ReportKind;
  /** A unit code: the region (region report, support report) or the chapter (chapter card). */
  unit: string | null;
  /** A wave name. */
  wave: string | null;
  /** The support period, Oslo dates inclusive; both or neither. Neither means the 30 days up to today. */
  from: string | null;
  to: string | null;
  format: ReportFormat;
  separator: ';' | ',';
  lang: Lang;
  /** Add the per-stage detail as an appendix (region and wave reports); left out by default, so the report stays short. */
  appendix: boolean;
}

export type ReportJobState = 'running' | 'done' | 'failed' | 'cancelled';
/** data: reading the database; layout: building the tables; render: writing or printing the file. */
export type ReportStep = 'data' | 'layout' | 'render';

export interface ReportJobStatus {
  jobId: string;
  kind: ReportKind;
  format: ReportFormat;
  state: ReportJobState;
  step: ReportStep;
  /** 0..1 over the whole job. */
  progress: number;
  /** Set when state is 'failed'. */
  error: ApiError | null;
  /** Set when state is 'done'. */
  fileName: string | null;
}
