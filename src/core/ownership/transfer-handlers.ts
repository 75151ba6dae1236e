// Import and export for ownership: people (with assignments) in, and people,
// assignments and the gap list out, as CSV or XLSX.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { getSettings } from '../services/settings';
import { lastTableReader } from '../transfer/table';
import { exportAssignments } from './assignments-export';
import { osloDate } from './dates';
import { exportGaps } from './gaps-export';
import { exportPeople } from './people-export';
import { importPeople, previewPeople } from './people-import';

type OwnershipTransferMethods =
  | 'people.importPreview' | 'people.import' | 'people.export' | 'assignments.export' | 'coverage.exportGaps';

export function ownershipTransferHandlers({ ds, now, serial, parseLimits }: CoreContext): HandlersFor<OwnershipTransferMethods> {
  // Preview then import of the same bytes reads the file once, as for units; both parse
  // outside the dispatcher's queue (see dispatch.ts) and take it for the database work.
  const files = lastTableReader(parseLimits);
  return {
    'people.importPreview': async (file) => previewPeople(await files.read(file)),
    'people.import': async (input) => {
      const table = await files.read(input);
      const today = osloDate(now());
      const result = await serial(() => ds.transaction((em) => importPeople(em, input, table, today)));
      files.forget();
      return result;
    },
    'people.export': async (input) => exportPeople(ds.manager, input, now()),
    'assignments.export': async (input) => exportAssignments(ds.manager, input, now()),
    'coverage.exportGaps': async (input) => {
      // One instant for the report's "today" and the file name's date.
      const instant = now();
      const { expiryDays } = await getSettings(ds.manager);
      return exportGaps(ds.manager, input, { today: osloDate(instant), expiryDays }, instant);
    },
  };
}
