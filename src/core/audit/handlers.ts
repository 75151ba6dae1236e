import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { exportAudit, listAudit } from './list';

export function auditHandlers({ ds, now }: CoreContext): HandlersFor<'audit.list' | 'audit.export'> {
  return {
    'audit.list': async ({ limit, offset, ...filters }) => listAudit(ds.manager, filters, { limit, offset }),
    'audit.export': async (input) => exportAudit(ds.manager, input, now()),
  };
}
