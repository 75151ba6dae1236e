// «Bruk» (src/core/usage): the usage file is parsed outside the queue (dispatch.ts UNQUEUED),
// once for preview and import; the write takes the queue and one transaction.
import { osloDate } from '../../shared/dates';
import { inScope } from '../call-context';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { lastTableReader } from '../transfer/table';
import { computeAdoption } from './adoption';
import { importUsage, previewUsage } from './import';
import { osloMonth } from './months';
import { listTargets, setTargets } from './targets';

type UsageMethods = 'usage.importPreview' | 'usage.import' | 'usage.targets' | 'usage.setTargets' | 'usage.adoption';

export function usageHandlers({ ds, now, serial, parseLimits }: CoreContext): HandlersFor<UsageMethods> {
  const files = lastTableReader(parseLimits);
  return {
    'usage.importPreview': async (file) => previewUsage(await files.read(file)),
    'usage.import': async (input) => {
      const table = await files.read(input);
      const month = osloMonth(now());
      const result = await serial(() => ds.transaction((em) => importUsage(em, input, table, month)));
      files.forget();
      return result;
    },
    'usage.targets': async () => listTargets(ds.manager),
    'usage.setTargets': async (input) => ds.transaction((em) => setTargets(em, input)),
    'usage.adoption': async ({ unitId, month }) =>
      computeAdoption(ds.manager, { today: osloDate(now()), unitId, month, unitIds: inScope() }),
  };
}
