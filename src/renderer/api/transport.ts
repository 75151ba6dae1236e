// Picks how calls leave the renderer: the Electron preload bridge when it is
// there, otherwise HTTP to the local web host that served this page.
import type { Transport } from '../../shared/client';
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
  return async (method, input) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
      const body: unknown = await response.json().catch(() => null);
      if (team && isEnvelope(body) && !body.ok && body.error.code === 'UNAUTHENTICATED') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
      // The host answers every call, errors included, with an envelope; anything else is a broken connection.
      return isEnvelope(body) ? body : internal(`HTTP ${response.status} without an envelope`);
    } catch (err) {
      return internal(err instanceof Error ? err.message : 'Network error');
    }
  };
}

export function bridgeTransport(bridge: NonNullable<Window['forankring']>): Transport {
  return async (method, input) => {
    try {
      const answer = await bridge.call(method, input);
      if (desktopClient && !answer.ok && answer.error.code === 'UNAUTHENTICATED') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
      return answer;
    } catch (err) {
      return internal(err instanceof Error ? err.message : 'IPC error');
    }
  };
}

export function pickTransport(): Transport {
  return window.forankring ? bridgeTransport(window.forankring) : httpTransport();
}
