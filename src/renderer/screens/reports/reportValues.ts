// The Reports form's values, and how they become a reports.start request:
// only the filters the chosen kind takes are sent (REPORT_FILTERS), so the
// core never refuses a filter the user cannot see.
import type { ApiError } from '../../../shared/errors';
import type { Lang } from '../../../shared/types';
import { REPORT_FILTERS, type ReportFormat, type ReportKind, type ReportRequest } from '../../../shared/types-reports';
import type { PickedUnit } from '../../components/UnitPicker';

export interface ReportValues {
  kind: ReportKind;
  /** A region's code, or '' for none (the whole country, for the support report). */
  region: string;
  /** The chapter card's unit, found with the unit search. */
  chapter: PickedUnit | null;
  /** A wave's name, or '' for all waves. */
  wave: string;
  /** Support period; both empty means the last 30 days. */
  from: string;
  to: string;
  format: ReportFormat;
  separator: ';' | ',';
  lang: Lang;
  /** The per-stage appendix, for the kinds that have one. */
  appendix: boolean;
}

export function defaultValues(lang: Lang): ReportValues {
  return { kind: 'national', region: '', chapter: null, wave: '', from: '', to: '', format: 'pdf', separator: ';', lang, appendix: false };
}

/** The request for reports.start; the contract takes the unit's code and the wave's name. */
export function toRequest(values: ReportValues): ReportRequest {
  const takes = REPORT_FILTERS[values.kind];
  const unit = values.kind === 'chapter' ? (values.chapter?.code ?? null) : values.region || null;
  return {
    kind: values.kind,
    unit: takes.unit === 'no' ? null : unit,
    wave: takes.wave === 'no' ? null : values.wave || null,
    from: takes.period ? values.from || null : null,
    to: takes.period ? values.to || null : null,
    format: values.format,
    separator: values.separator,
    lang: values.lang,
    appendix: takes.appendix && values.appendix,
  };
}

export type FilterField = 'region' | 'chapter' | 'wave' | 'from' | 'to';

/** The form field a refused filter belongs to, so its message is shown there; null for other errors. */
export function fieldOfError(error: ApiError, values: ReportValues): FilterField | null {
  if (error.code !== 'REPORT_FILTER') return null;
  const context = typeof error.details?.context === 'string' ? error.details.context : '';
  if (context.startsWith('unit_')) return values.kind === 'chapter' ? 'chapter' : 'region';
  if (context.startsWith('wave_')) return 'wave';
  // A half period: the message belongs to the date that is missing.
  if (context === 'period_half') return values.from ? 'to' : 'from';
  if (context.startsWith('period_')) return 'to';
  return null;
}
