// The typed client every caller uses (renderer over IPC or HTTP, tests). A
// transport moves one call; the client adds the types from the contract.
import type { MethodName, ParamsOf, ResultOf } from './contract';
import type { Envelope } from './errors';

export interface CallOptions {
  /**
   * Aborted when the answer is no longer wanted (a screen left, a newer search): the transport
   * stops waiting and tells the other side, and the core drops a read not yet started.
   */
  signal?: AbortSignal;
}

export type Transport = (method: MethodName, input: unknown, options?: CallOptions) => Promise<Envelope<unknown>>;

export interface Client {
  call<K extends MethodName>(method: K, input?: ParamsOf<K>, options?: CallOptions): Promise<Envelope<ResultOf<K>>>;
}

/** The answer to a call whose caller stopped wanting it. */
export function cancelled(method: string): Envelope<never> {
  return { ok: false, error: { code: 'CANCELLED', message: `${method} was cancelled`, details: { method } } };
}

export function createClient(transport: Transport): Client {
  return {
    call: async (method, input, options) => {
      if (options?.signal?.aborted) return cancelled(method);
      return (await transport(method, input ?? {}, options)) as Envelope<ResultOf<typeof method>>;
    },
  };
}

/** The bridge the preload script exposes as `window.forankring`. */
export interface Bridge {
  /** `requestId` names the call for `cancel`; the renderer picks it, unique among its open calls. */
  call(method: MethodName, input: unknown, requestId?: string): Promise<Envelope<unknown>>;
  /** The call of that id is no longer wanted (a fire-and-forget message; its answer still comes, as CANCELLED or not). */
  cancel(requestId: string): void;
  /** Shows a save dialog and writes the file; resolves to the path, or null when cancelled. */
  saveFile(file: { fileName: string; base64: string }): Promise<string | null>;
  /** Events from the main process (the language menu). Returns an unsubscribe function. */
  onMenu(listener: (event: MenuEvent) => void): () => void;
  /** The desktop app's link to a team server (src/main/team-connection.ts). */
  connection: {
    get(): Promise<ConnectionState>;
    /** allowPlainStorage: the user agreed to keep the session without the OS keyring (Linux without one). */
    connect(request: { url: string; allowPlainStorage: boolean }): Promise<ConnectionAnswer>;
    disconnect(): Promise<ConnectionState>;
  };
}

/** Whether the desktop app works on its own file or as a team server's client, and whether that server answers. */
export type ConnectionState =
  | { connected: false }
  | { connected: true; server: string; signedIn: boolean; online: boolean; encrypted: boolean };

export type ConnectionAnswer = ConnectionState | { needsConsent: 'plainStorage' } | { invalid: 'url' };

export type MenuEvent =
  | { type: 'language'; lang: 'nb' | 'en' }
  | { type: 'navigate'; to: string }
  | { type: 'connection'; online: boolean };

export const IPC_CHANNEL = {
  call: 'forankring:call',
  cancel: 'forankring:cancel',
  saveFile: 'forankring:save-file',
  menu: 'forankring:menu',
  connection: 'forankring:connection',
} as const;
