import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { getSettings } from '../services/settings';
import { buildUnitCard } from './coverage-card';
import { computeGapReport } from './coverage-gaps';
import { computeOverloaded } from './coverage-overload';
import { osloDate } from './dates';

type CoverageMethods = 'coverage.gaps' | 'coverage.gapCounts' | 'coverage.overloaded' | 'units.card';

/** Read-only: each call works out "today" in Europe/Oslo and reads the thresholds from the settings. */
export function coverageHandlers({ ds, now }: CoreContext): HandlersFor<CoverageMethods> {
  const window = async () => ({ today: osloDate(now()), expiryDays: (await getSettings(ds.manager)).expiryDays });
  return {
    'coverage.gaps': async ({ regionId, levelRank, roleId, ...view }) =>
      computeGapReport(ds.manager, { regionId, levelRank, roleId }, await window(), view),
    'coverage.gapCounts': async (filters) => {
      const { national, checked } = await computeGapReport(ds.manager, filters, await window());
      return { national, checked };
    },
    'coverage.overloaded': async () =>
      computeOverloaded(ds.manager, { today: osloDate(now()), limit: (await getSettings(ds.manager)).overloadLimit }),
    'units.card': async ({ id }) => buildUnitCard(ds.manager, id, await window()),
  };
}
