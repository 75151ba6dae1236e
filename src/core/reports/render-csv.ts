// PLACEHOLDER until the renderer lands.
import type { TFunction } from 'i18next';
import type { ReportModel } from './model';

export function renderCsv(model: ReportModel, separator: ';' | ',', t: TFunction): Buffer {
  throw new Error(`not built yet ${model.kind} ${separator} ${typeof t}`);
}
