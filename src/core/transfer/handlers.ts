import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { loadDemo } from './demo';
import { lastTableReader } from './table';
import { exportUnits } from './units-export';
import { importUnits, previewUnits } from './units-import';

type TransferMethods = 'demo.load' | 'units.importPreview' | 'units.import' | 'units.export';

export function transferHandlers({ ds, now, resourcesDir }: CoreContext): HandlersFor<TransferMethods> {
  const files = lastTableReader();
  return {
    'demo.load': async () => ds.transaction((em) => loadDemo(em, resourcesDir)),
    'units.importPreview': async (file) => previewUnits(ds.manager, await files.read(file)),
    'units.import': async (input) => {
      const table = await files.read(input);
      const result = await ds.transaction((em) => importUnits(em, input, table));
      files.forget();
      return result;
    },
    'units.export': async (input) => exportUnits(ds.manager, input, now()),
  };
}
