// Picks how calls leave the renderer: the Electron preload bridge when it is
// there, otherwise HTTP to the local web host that served this page.
import { cancelled, type Transport } from '../../shared/client';
import type { Envelope } from '../../shared/errors';
import { isEnvelope } from '../../shared/remote-transport';

function internal(message: string): Envelope<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}


/** The web host injects its session token into index.html as a meta tag. */
function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="forankring-token"]')?.content ?? '';
}

let desktopClient = false;

/** The desktop app connected to a team server (Settings → Teamserver): accounts, as in the browser. */
export function setDesktopClient(connected: boolean): void {
  desktopClient = connected;
}

/** A team server says so in the page (or the desktop app is its client); it has accounts. */
export function isTeamServer(): boolean {
  return desktopClient || document.querySelector<HTMLMetaElement>('meta[name="forankring-mode"]')?.content === 'team';
}

/** Fired when the team server says the session is gone, so the app shows the sign-in page. */
export const SIGNED_OUT_EVENT = 'forankring:signed-out';

export function httpTransport(token: string = pageToken()): Transport {
  const team = isTeamServer();
  // The team server takes the cookie the browser sends by itself; the header is its CSRF defence (src/host/sessions.ts).
  const headers: Record<string, string> = team
    ? { 'Content-Type': 'application/json', 'X-Forankring-Request': '1' }
    : { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  return async (method, input, options) => {
    const signal = options?.signal;
    try {
      // Aborting the fetch closes its connection; the host takes that as the cancel (src/host/server.ts).
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        ...(signal ? { signal } : {}),
      });
      const body: unknown = await response.json().catch(() => null);
      if (team && isEnvelope(body) && !body.ok && body.error.code === 'UNAUTHENTICATED') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
      // The host answers every call, errors included, with an envelope; anything else is a broken connection.
      return isEnvelope(body) ? body : internal(`HTTP ${response.status} without an envelope`);
    } catch (err) {
      if (signal?.aborted) return cancelled(method);
      return internal(err instanceof Error ? err.message : 'Network error');
    }
  };
}

let lastRequest = 0;

export function bridgeTransport(bridge: NonNullable<Window['forankring']>): Transport {
  return async (method, input, options) => {
    const signal = options?.signal;
    // An AbortSignal cannot cross the context bridge: the call gets an id, and an abort sends a cancel for it.
    const id = signal ? String(++lastRequest) : undefined;
    const cancel = () => {
      if (id !== undefined) bridge.cancel(id);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const answer = await bridge.call(method, input, id);
      if (desktopClient && !answer.ok && answer.error.code === 'UNAUTHENTICATED') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
      return answer;
    } catch (err) {
      return internal(err instanceof Error ? err.message : 'IPC error');
    } finally {
      signal?.removeEventListener('abort', cancel);
    }
  };
}

export function pickTransport(): Transport {
  return window.forankring ? bridgeTransport(window.forankring) : httpTransport();
}
