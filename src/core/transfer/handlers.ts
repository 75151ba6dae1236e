// TEMPORARY scaffold, replaced by the import/export work in this same change.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handlers-type';
import { AppError } from '../errors';

type TransferMethods = 'demo.load' | 'units.importPreview' | 'units.import' | 'units.export';

export function transferHandlers(_ctx: CoreContext): HandlersFor<TransferMethods> {
  const todo = async (): Promise<never> => {
    throw new AppError('INTERNAL', 'not yet');
  };
  return { 'demo.load': todo, 'units.importPreview': todo, 'units.import': todo, 'units.export': todo };
}
