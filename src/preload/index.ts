// The sandboxed preload: exposes window.forankring (the Bridge) and nothing
// else. ipcRenderer itself never reaches the page, so the page can only send
// the messages below, each shaped and checked here first.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type Bridge, type ConnectionAnswer, type ConnectionState, type MenuEvent } from '../shared/client';
import { isMethodName } from '../shared/method-names';
import type { Envelope } from '../shared/errors';

function isMenuEvent(value: unknown): value is MenuEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  if (event['type'] === 'language') return event['lang'] === 'nb' || event['lang'] === 'en';
  if (event['type'] === 'connection') return typeof event['online'] === 'boolean';
  return event['type'] === 'navigate' && typeof event['to'] === 'string';
}

const bridge = {
  call: async (method, input, requestId) => {
    if (!isMethodName(method)) {
      const name = String(method).slice(0, 100);
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${name}`, details: { method: name } } } satisfies Envelope<never>;
    }
    try {
      const id = typeof requestId === 'string' ? requestId.slice(0, 100) : undefined;
      return (await ipcRenderer.invoke(IPC_CHANNEL.call, id ? { method, input, id } : { method, input })) as Envelope<unknown>;
    } catch {
      // Only reached when the input cannot be cloned (a function, a DOM node): callers still get an envelope.
      return { ok: false, error: { code: 'INVALID_INPUT', message: `Input for ${method} cannot be sent` } } satisfies Envelope<never>;
    }
  },
  cancel: (requestId) => {
    ipcRenderer.send(IPC_CHANNEL.cancel, { id: String(requestId).slice(0, 100) });
  },
  saveFile: async ({ fileName, base64 }) =>
    (await ipcRenderer.invoke(IPC_CHANNEL.saveFile, { fileName, base64 })) as string | null,
  onMenu: (listener) => {
    // The page gets the event's data only, never the IpcRendererEvent (which carries `sender`).
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => {
      if (!isMenuEvent(payload)) return;
      if (payload.type === 'language') listener({ type: 'language', lang: payload.lang });
      else if (payload.type === 'connection') listener({ type: 'connection', online: payload.online });
      else listener({ type: 'navigate', to: payload.to });
    };
    ipcRenderer.on(IPC_CHANNEL.menu, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNEL.menu, handler);
    };
  },
  connection: {
    get: async () => (await ipcRenderer.invoke(IPC_CHANNEL.connection, { action: 'get' })) as ConnectionState,
    connect: async ({ url, allowPlainStorage }) =>
      (await ipcRenderer.invoke(IPC_CHANNEL.connection, { action: 'connect', url: String(url).slice(0, 2000), allowPlainStorage: allowPlainStorage === true })) as ConnectionAnswer,
    disconnect: async () => (await ipcRenderer.invoke(IPC_CHANNEL.connection, { action: 'disconnect' })) as ConnectionState,
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld('forankring', bridge);
