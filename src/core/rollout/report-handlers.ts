// Read-only rollout reports. Each call works out "today" in Europe/Oslo and
// reads the thresholds from the settings.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { osloDate } from '../ownership/dates';
import { getSettings } from '../services/settings';
import { computeDashboard, type DashboardOptions } from './dashboard';
import { computeLeadTimes } from './lead-times';
import { listRollout } from './rollout-list';
import { computeTimeline } from './timeline';

type ReportMethods = 'rollout.list' | 'rollout.dashboard' | 'rollout.timeline' | 'rollout.leadTimes';

export function rolloutReportHandlers({ ds, now }: CoreContext): HandlersFor<ReportMethods> {
  const options = async (): Promise<DashboardOptions> => ({ today: osloDate(now()), settings: await getSettings(ds.manager) });
  return {
    'rollout.list': async (input) => listRollout(ds.manager, input, await options()),
    'rollout.dashboard': async ({ waveId }) => computeDashboard(ds.manager, waveId, await options()),
    'rollout.timeline': async () => computeTimeline(ds.manager, await options()),
    'rollout.leadTimes': async () => computeLeadTimes(ds.manager, await options()),
  };
}
