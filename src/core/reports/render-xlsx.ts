// PLACEHOLDER until the renderer lands.
import type { TFunction } from 'i18next';
import type { ReportModel } from './model';

export async function renderXlsx(model: ReportModel, t: TFunction, progress: (fraction: number) => void): Promise<Buffer> {
  progress(0);
  throw new Error(`not built yet ${model.kind} ${typeof t}`);
}
