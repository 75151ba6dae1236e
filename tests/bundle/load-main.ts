// Loads the BUILT main process (out/main/index.js) in plain Node, with the electron
// stand-in answering every `require('electron')`. Returns the function that undoes it.
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { OUT } from './build';
import type { createElectronStub } from './electron-stub';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

export function loadBuiltMain(stub: ReturnType<typeof createElectronStub>): () => void {
  delete process.env['ELECTRON_RENDERER_URL'];
  const original = moduleInternals._load;
  moduleInternals._load = function (request, parent, isMain) {
    return request === 'electron' ? stub.electron : original.call(this, request, parent, isMain);
  };
  createRequire(import.meta.url)(join(OUT, 'main/index.js'));
  return () => {
    moduleInternals._load = original;
  };
}
