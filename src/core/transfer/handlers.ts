import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { refreshRolloutState } from '../derived/rollout-state';
import { loadDemo } from './demo';
import { lastTableReader } from './table';
import { exportUnits } from './units-export';
import { importUnits, previewUnits } from './units-import';

type TransferMethods = 'demo.load' | 'units.importPreview' | 'units.import' | 'units.export';

/** The imports run outside the dispatcher's queue (see dispatch.ts): the file is parsed first, the database is used in turn. */
export function transferHandlers({ ds, now, resourcesDir, serial, parseLimits }: CoreContext): HandlersFor<TransferMethods> {
  const files = lastTableReader(parseLimits);
  return {
    // Both write the tree (and the demo its rollout) in bulk: every unit's rollout state is stored again.
    'demo.load': async () => ds.transaction(async (em) => {
      const result = await loadDemo(em, resourcesDir);
      await refreshRolloutState(em);
      return result;
    }),
    'units.importPreview': async (file) => {
      const table = await files.read(file);
      return serial(() => previewUnits(ds.manager, table), 'read');
    },
    'units.import': async (input) => {
      const table = await files.read(input);
      const result = await serial(() => ds.transaction(async (em) => {
        const imported = await importUnits(em, input, table);
        await refreshRolloutState(em);
        return imported;
      }));
      files.forget();
      return result;
    },
    'units.export': async (input) => exportUnits(ds.manager, input, now()),
  };
}
