// Serves the built renderer over app://forankring/ instead of file://: the page
// gets a proper origin ('self' in the CSP means something), no access to the
// rest of the disk, and every response carries our security headers.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../shared/web-security';
import { APP_HOST, APP_SCHEME } from './paths';


/** Must run before app is ready: only then can a scheme become standard and secure. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function handleAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request));
}

/** Answers one request from files under rootDir; never reads outside it. */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405);
  const file = resolveFile(rootDir, request.url);
  if (!file) return reply(403);
  try {
    if (!(await stat(file)).isFile()) return reply(404);
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return reply(200, body, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  } catch {
    return reply(404);
  }
}

/** Maps a URL to a file under rootDir, or null when the host is foreign or the path escapes the root. */
export function resolveFile(rootDir: string, url: string): string | null {
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path === '/') path = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${path}`);
  return file.startsWith(root + sep) ? file : null;
}

function reply(status: number, body: Uint8Array | null = null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
