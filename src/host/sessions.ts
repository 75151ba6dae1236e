// The team server's sessions over HTTP. The browser keeps the session token in an
// HttpOnly, SameSite=Strict cookie that page scripts cannot read; a desktop or CLI client
// sends it as a bearer token instead. Cross-site requests cannot act for a signed-in
// user: SameSite keeps the cookie off them, the Origin check refuses them, and every call
// must carry the X-Forankring-Request header, which a cross-site page cannot add without a
// CORS preflight that this server never grants.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TLSSocket } from 'node:tls';
import type { Envelope } from '../shared/errors';

export const SESSION_COOKIE = 'forankring_session';
export const REQUEST_HEADER = 'x-forankring-request';
/** A client that keeps the token itself (the desktop app, the CLI) says so; it gets the token in the answer, and no cookie. */
export const CLIENT_HEADER = 'x-forankring-client';

export interface ProxyTrust {
  /** Trust one reverse proxy's X-Forwarded-For and X-Forwarded-Proto (--behind-proxy). */
  behindProxy: boolean;
}

export function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** The client's address: the socket's, or behind a trusted proxy the last hop it added. Forged headers are ignored otherwise. */
export function clientAddress(req: IncomingMessage, trust: ProxyTrust): string | null {
  if (trust.behindProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const last = forwarded.at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? null;
}

export function isSecure(req: IncomingMessage, trust: ProxyTrust): boolean {
  if (req.socket instanceof TLSSocket) return true;
  return trust.behindProxy && String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';
}

/** "Firefox on Windows" and the like: enough for a person to tell their devices apart. */
export function deviceLabel(req: IncomingMessage): string {
  const ua = String(req.headers['user-agent'] ?? '');
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : /Electron\//.test(ua) ? 'Forankring' : '';
  const system = /Windows/.test(ua) ? 'Windows' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  return [browser, system].filter(Boolean).join(' / ') || ua.slice(0, 60);
}

function setCookie(res: ServerResponse, value: string, maxAgeSeconds: number, secure: boolean): void {
  res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`);
}

const OPENS_SESSION: ReadonlySet<string> = new Set(['auth.signIn', 'auth.acceptCode']);

/**
 * After a call: a new session goes into the cookie and out of the answer (for a browser);
 * signing out, or an answer that the session is gone, clears the cookie.
 */
export function settleSession(req: IncomingMessage, res: ServerResponse, method: string, envelope: Envelope<unknown>, secure: boolean): Envelope<unknown> {
  const keepsToken = req.headers[CLIENT_HEADER] === 'app';
  if (envelope.ok && OPENS_SESSION.has(method)) {
    const value = envelope.value as { token?: string; expiresAt: string };
    if (keepsToken || value.token === undefined) return envelope;
    const seconds = Math.max(0, Math.floor((Date.parse(value.expiresAt) - Date.now()) / 1000));
    setCookie(res, value.token, seconds, secure);
    const { token: _secret, ...shown } = value;
    return { ok: true, value: shown };
  }
  const ended = (envelope.ok && method === 'auth.signOut') || (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED');
  if (ended && cookieToken(req) !== null) setCookie(res, '', 0, secure);
  return envelope;
}
