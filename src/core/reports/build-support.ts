// PLACEHOLDER until the builder lands.
import type { BuildContext } from './build-context';
import type { ReportModel } from './model';

export async function buildSupportReport(ctx: BuildContext): Promise<ReportModel> {
  throw new Error(`not built yet: ${ctx.request.kind}`);
}
