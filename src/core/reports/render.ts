// A report model out as the file the user asked for.
import type { TFunction } from 'i18next';
import type { ReportRequest } from '../../shared/types-reports';
import { AppError } from '../errors';
import type { PdfPrinter, ReportModel } from './model';
import { renderCsv } from './render-csv';
import { buildPrintJob } from './render-html';
import { renderXlsx } from './render-xlsx';

export interface RenderDeps {
  t: TFunction;
  printPdf: PdfPrinter | null;
  signal: AbortSignal;
  /** Progress within the render step, 0..1. */
  progress(fraction: number): void;
}

export async function renderReport(model: ReportModel, request: Pick<ReportRequest, 'format' | 'separator'>, deps: RenderDeps): Promise<Buffer> {
  switch (request.format) {
    case 'csv':
      return renderCsv(model, request.separator, deps.t);
    case 'xlsx':
      return renderXlsx(model, deps.t, deps.progress);
    case 'pdf': {
      if (!deps.printPdf) throw new AppError('PDF_UNAVAILABLE', 'No PDF printer in this shell');
      const job = buildPrintJob(model, deps.t);
      deps.progress(0.2);
      return deps.printPdf(job, deps.signal);
    }
  }
}
