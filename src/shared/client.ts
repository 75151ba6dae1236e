// The typed client every caller uses (renderer over IPC or HTTP, tests). A
// transport moves one call; the client adds the types from the contract.
import type { MethodName, ParamsOf, ResultOf } from './contract';
import type { Envelope } from './errors';

export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

export interface Client {
  call<K extends MethodName>(method: K, input?: ParamsOf<K>): Promise<Envelope<ResultOf<K>>>;
}

export function createClient(transport: Transport): Client {
  return {
    call: async (method, input) => (await transport(method, input ?? {})) as Envelope<ResultOf<typeof method>>,
  };
}

/** The bridge the preload script exposes as `window.forankring`. */
export interface Bridge {
  call(method: MethodName, input: unknown): Promise<Envelope<unknown>>;
  /** Shows a save dialog and writes the file; resolves to the path, or null when cancelled. */
  saveFile(file: { fileName: string; base64: string }): Promise<string | null>;
  /** Events from the main process (the language menu). Returns an unsubscribe function. */
  onMenu(listener: (event: MenuEvent) => void): () => void;
}

export type MenuEvent = { type: 'language'; lang: 'nb' | 'en' } | { type: 'navigate'; to: string };

export const IPC_CHANNEL = {
  call: 'forankring:call',
  saveFile: 'forankring:save-file',
  menu: 'forankring:menu',
} as const;
