// PLACEHOLDER written by the lead so the build links while this file's owner
// implements it. Replace this whole file.
import type { CoreContext } from '../context';

export function supportCatalogHandlers(_ctx: CoreContext): Record<string, never> {
  return {};
}
