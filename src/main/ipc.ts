// The renderer's only doors into the main process: one call channel that
// forwards to the core's dispatcher, and the save dialog. Both check who is
// knocking; the call channel answers with an envelope whatever happens.
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { z } from 'zod';
import type { Dispatch } from '../core';
import { IPC_CHANNEL } from '../shared/client';
import { isMethodName } from '../shared/method-names';
import type { Envelope, ErrorCode } from '../shared/errors';
import type { AppSettings } from '../shared/types';
import { saveFileSchema, type SaveFileRequest } from './save-file';
import type { UrlCheck } from './security';
import type { TeamConnection } from './team-connection';

export interface IpcDeps {
  dispatch: Dispatch;
  isAppUrl: UrlCheck;
  /** True for the web contents of a window this app created. */
  isOurContents: (contents: WebContents) => boolean;
  saveFile: (sender: WebContents, file: SaveFileRequest) => Promise<string | null>;
  /** Lets the menu follow a language change made in the renderer. */
  onSettingsChanged: (settings: AppSettings) => void;
  /** When connected to a team server, calls go there instead of the local core. */
  connection?: TeamConnection;
}

// `id` names the call for a later cancel message; the renderer numbers its calls.
const requestId = z.string().min(1).max(100);
const callPayloadSchema = z.object({ method: z.string().max(100), input: z.unknown(), id: requestId.optional() }).strict();
const cancelPayloadSchema = z.object({ id: requestId }).strict();

/** The calls in flight that the renderer may still cancel, by web contents and request id. */
export type OpenCalls = Map<string, AbortController>;
const openCallKey = (sender: WebContents, id: string) => `${sender.id}:${id}`;
const connectionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('get') }).strict(),
  z.object({ action: z.literal('connect'), url: z.string().max(2000), allowPlainStorage: z.boolean() }).strict(),
  z.object({ action: z.literal('disconnect') }).strict(),
]);

/**
 * Only the top frame of our own window, showing our own page, may call. An
 * iframe, a page the window was somehow navigated to, or another web contents
 * is refused even though it might have the preload.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent | IpcMainEvent, 'senderFrame' | 'sender'>, deps: Pick<IpcDeps, 'isAppUrl' | 'isOurContents'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && deps.isOurContents(event.sender) && deps.isAppUrl(frame.url);
}

export function registerIpc(ipcMain: IpcMain, deps: IpcDeps): void {
  const open: OpenCalls = new Map();
  ipcMain.handle(IPC_CHANNEL.call, (event, payload: unknown) => handleCall(event, payload, deps, open));
  // A message, not an invoke: the renderer does not wait for a cancel; the call itself answers.
  ipcMain.on(IPC_CHANNEL.cancel, (event, payload: unknown) => {
    if (!isTrustedSender(event, deps)) return;
    const parsed = cancelPayloadSchema.safeParse(payload);
    if (parsed.success) open.get(openCallKey(event.sender, parsed.data.id))?.abort();
  });
  ipcMain.handle(IPC_CHANNEL.saveFile, async (event, payload: unknown) => {
    // The bridge promises a path or null, so refusals reject with a bare code (no stack crosses IPC).
    if (!isTrustedSender(event, deps)) throw new Error('FORBIDDEN');
    const parsed = saveFileSchema.safeParse(payload);
    if (!parsed.success) throw new Error('INVALID_INPUT');
    return deps.saveFile(event.sender, parsed.data);
  });
  ipcMain.handle(IPC_CHANNEL.connection, (event, payload: unknown) => {
    if (!isTrustedSender(event, deps) || !deps.connection) throw new Error('FORBIDDEN');
    const parsed = connectionSchema.safeParse(payload);
    if (!parsed.success) throw new Error('INVALID_INPUT');
    const request = parsed.data;
    if (request.action === 'connect') return deps.connection.connect(request.url, request.allowPlainStorage);
    return request.action === 'disconnect' ? deps.connection.disconnect() : deps.connection.state();
  });
}

export async function handleCall(event: IpcMainInvokeEvent, payload: unknown, deps: IpcDeps, open: OpenCalls = new Map()): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event, deps)) return fail('FORBIDDEN', 'Sender not allowed');
  const parsed = callPayloadSchema.safeParse(payload);
  if (!parsed.success) return fail('INVALID_INPUT', 'Malformed call');
  const { method, input, id } = parsed.data;
  const key = id === undefined ? null : openCallKey(event.sender, id);
  const wanted = new AbortController();
  if (key !== null) open.set(key, wanted);
  try {
    const envelope = deps.connection?.isConnected() && isMethodName(method)
      ? await deps.connection.call(method, input, wanted.signal)
      : await deps.dispatch(method, input, undefined, wanted.signal);
    if (method === 'settings.update' && envelope.ok) deps.onSettingsChanged(envelope.value as AppSettings);
    return envelope;
  } catch {
    // dispatch already turns errors into envelopes; this only guards the guard.
    return fail('INTERNAL', 'Internal error');
  } finally {
    if (key !== null && open.get(key) === wanted) open.delete(key);
  }
}

function fail(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
