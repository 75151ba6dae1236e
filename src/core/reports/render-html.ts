// PLACEHOLDER until the renderer lands.
import type { TFunction } from 'i18next';
import type { PrintJob, ReportModel } from './model';

export function buildPrintJob(model: ReportModel, t: TFunction): PrintJob {
  throw new Error(`not built yet ${model.kind} ${typeof t}`);
}
