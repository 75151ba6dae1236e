// Calls a team server over HTTPS the way the desktop app and the CLI do: the session as a
// bearer token, the header that proves the call is not a cross-site one, and
// `X-Forankring-Client: app` so a sign-in's answer keeps its token (src/host/sessions.ts).
import { cancelled, type Transport } from './client';
import type { Envelope } from './errors';

export interface RemoteOptions {
  /** The server's address, e.g. https://forankring.example.no. */
  server: string;
  token?: string | null;
  /** Milliseconds before a call counts as unanswered. */
  timeoutMs?: number;
}

/** What every Forankring host answers a call with, errors included. */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The server's origin, or null when the text is not an http(s) address. */
export function serverOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Passwords and sessions cross this address: https, unless the server is on this machine. */
export function isSafeServer(origin: string): boolean {
  const url = new URL(origin);
  return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

export function remoteTransport({ server, token = null, timeoutMs = 120_000 }: RemoteOptions): Transport {
  const origin = serverOrigin(server) ?? server;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Forankring-Request': '1',
    'X-Forankring-Client': 'app',
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
  const unreachable = (reason: string): Envelope<never> => ({
    ok: false,
    error: { code: 'SERVER_UNREACHABLE', message: `No answer from ${origin}`, details: { server: origin, reason } },
  });
  return async (method, input, options) => {
    const wanted = options?.signal;
    try {
      const response = await fetch(`${origin}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        signal: wanted ? AbortSignal.any([AbortSignal.timeout(timeoutMs), wanted]) : AbortSignal.timeout(timeoutMs),
      });
      const body: unknown = await response.json().catch(() => null);
      // The host answers every call with an envelope; anything else is not a Forankring server.
      return isEnvelope(body) ? body : unreachable(`HTTP ${response.status}`);
    } catch (err) {
      // Our own caller gave up: the server is not unreachable for that.
      if (wanted?.aborted) return cancelled(method);
      const cause = err instanceof Error && err.cause instanceof Error && 'code' in err.cause ? String(err.cause.code) : null;
      return unreachable(cause ?? (err instanceof Error ? err.name : 'network'));
    }
  };
}
