/**
 * The local web host: the same core as the desktop app, served over HTTP to a
 * browser on this machine only.
 *
 * Protocol (the renderer's HTTP transport in src/renderer depends on it):
 * - The host binds to 127.0.0.1 only. Each start creates a random token.
 * - GET /?token=<token> (or any app path with ?token=, for reloads) returns the
 *   built renderer's index.html with `<meta name="forankring-token" content="<token>">`
 *   injected into <head>. Without the right token: a 401 page telling the
 *   user to open the URL printed by `npm run serve`. Files under /assets/ need no token.
 * - Calls: `POST /api/<method>` with header `Authorization: Bearer <token>`
 *   and a JSON body holding the method's input (an empty body means {}).
 *   The response body is always an envelope, `{ok:true,value}` or
 *   `{ok:false,error:{code,message,details}}`, from the same dispatcher as IPC.
 * - Status codes: 200 for every envelope the dispatcher returns, errors
 *   included; 400 INVALID_INPUT for malformed JSON; 401 FORBIDDEN for a
 *   missing or wrong token; 403 FORBIDDEN for a foreign Host or Origin (DNS
 *   rebinding, cross-site calls); 404 UNKNOWN_METHOD; 405 for anything but
 *   POST; 413 PAYLOAD_TOO_LARGE over 16 MiB.
 *
 * The team server (`mode: 'team'`, from `forankring server`) has accounts instead of the
 * per-start token: the page needs no token and carries `<meta name="forankring-mode"
 * content="team">`; every call carries the X-Forankring-Request header and the session
 * cookie (or a bearer session token from a desktop or CLI client), resolved to the
 * caller once per request (sessions.ts). Without a session only signing in answers.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { openCore, type Core, type PdfPrinter } from '../core';
import { createChromiumPrinter } from '../core/reports/chromium-printer';
import { isMethodName } from '../shared/contract';
import type { ApiError, Envelope } from '../shared/errors';
import { createI18n } from '../shared/i18n';
import { findPackageRoot, packageVersion } from '../cli/paths';
import { BodyTooLargeError, MAX_BODY_BYTES, readBody } from './body';
import { injectMeta, injectToken, messagePage, messageText, type PageTexts } from './pages';
import { clientAddress, cookieToken, deviceLabel, isSecure, REQUEST_HEADER, settleSession } from './sessions';
import { createMail, type MailSettings } from '../core/accounts/mail';
import type { Caller } from '../core/call-context';
import {
  bearerToken, createToken, hostAllowed, originAllowed, setCommonHeaders, setHtmlHeaders, tokenMatches,
} from './security';
import { resolveStatic } from './static-files';

export interface HostOptions {
  /** The SQLite file, or instead databaseUrl: a team server's PostgreSQL database. */
  dbPath?: string;
  databaseUrl?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The address to listen on: loopback unless told otherwise (the team server's --host). */
  host?: string;
  /** One line per request (method, path, status, milliseconds; never a query string or a body). */
  logRequest?: (line: string) => void;
  /** The built renderer; defaults to out/renderer in the package. */
  rendererDir?: string;
  /** The bundled resources (demo data); defaults to resources in the package. */
  resourcesDir?: string;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
  version?: string;
  onInternalError?: (method: string, err: unknown) => void;
  /** PDF printing; by default headless Chromium found on this machine (null: PDF reports are refused). */
  printPdf?: PdfPrinter | null;
  /** 'team': accounts and sessions (forankring server); 'solo' (default): the per-start token and the local owner. */
  mode?: 'solo' | 'team';
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Trust one reverse proxy's X-Forwarded-For and X-Forwarded-Proto; ignored otherwise. */
  behindProxy?: boolean;
  /** The address users open (https://forankring.example.org): allowed as Host and Origin, and used in invitation links. */
  publicUrl?: string;
  /** SMTP for invitations and resets; without it the codes are shown for copying only. */
  mail?: MailSettings;
}

export interface Host {
  /** What the user opens: the page URL including the token. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendEnvelope(res, status, { ok: false, error });
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  setHtmlHeaders(res);
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

interface HostState {
  core: Core;
  token: string;
  port: number;
  mode: 'solo' | 'team';
  behindProxy: boolean;
  /** Names the Host header may carry besides 127.0.0.1 and localhost. */
  names: readonly string[];
  /** Whole Host values allowed as they are (the public URL's host, which a proxy passes on without our port). */
  hosts: readonly string[];
  rendererDir: string;
  texts: PageTexts;
}

async function handleApi(state: HostState, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (!originAllowed(req)) return sendError(res, 403, { code: 'FORBIDDEN', message: 'Foreign origin' });
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, { code: 'INVALID_INPUT', message: 'Use POST', details: { fields: 'HTTP method', allow: 'POST' } });
  }
  let caller: Caller | undefined;
  if (state.mode === 'team') {
    const bearer = bearerToken(req);
    if (bearer === undefined && req.headers[REQUEST_HEADER] !== '1') return sendError(res, 403, { code: 'FORBIDDEN', message: 'Missing request header' });
    const trust = { behindProxy: state.behindProxy };
    caller = await state.core.authenticate(bearer ?? cookieToken(req), { address: clientAddress(req, trust), device: deviceLabel(req) });
  } else if (!tokenMatches(state.token, bearerToken(req))) {
    return sendError(res, 401, { code: 'FORBIDDEN', message: 'Missing or wrong token' });
  }

  let method: string;
  try {
    method = decodeURIComponent(path.slice(API_PREFIX.length));
  } catch {
    method = path.slice(API_PREFIX.length);
  }
  if (!isMethodName(method)) {
    const shown = method.slice(0, 100);
    return sendError(res, 404, { code: 'UNKNOWN_METHOD', message: `Unknown method: ${shown}`, details: { method: shown } });
  }

  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (err) {
    if (!(err instanceof BodyTooLargeError)) throw err;
    // Stop the client sending the rest: the connection closes after this answer.
    res.setHeader('Connection', 'close');
    return sendError(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: err.message, details: { limit: MAX_BODY_BYTES } });
  }

  let input: unknown;
  try {
    const text = body.toString('utf8');
    input = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return sendError(res, 400, {
      code: 'INVALID_INPUT',
      message: 'Malformed JSON',
      details: { method, issues: [{ path: '', message: 'Malformed JSON', code: 'invalid_json' }] },
    });
  }
  // The client that aborts its fetch (a screen left, a newer search) closes the connection:
  // the core then drops the call if it has not started (a read waiting its turn).
  const wanted = new AbortController();
  const dropIfGone = () => {
    if (!res.writableFinished) wanted.abort();
  };
  res.once('close', dropIfGone);
  const envelope = await state.core.dispatch(method, input, caller, wanted.signal);
  res.off('close', dropIfGone);
  if (wanted.signal.aborted || res.destroyed) return;
  sendEnvelope(res, 200, state.mode === 'team' ? settleSession(req, res, method, envelope, isSecure(req, { behindProxy: state.behindProxy })) : envelope);
}

function handlePage(state: HostState, res: ServerResponse, query: URLSearchParams): void {
  if (state.mode === 'solo' && !tokenMatches(state.token, query.get('token'))) {
    return sendHtml(res, 401, messagePage(state.texts, 'cli:host.unauthorizedTitle', 'cli:host.unauthorizedBody'));
  }
  let index: string;
  try {
    // Read on every request: cheap, and a rebuild shows up on reload.
    index = readFileSync(join(state.rendererDir, 'index.html'), 'utf8');
  } catch {
    return sendHtml(res, 503, messagePage(state.texts, 'cli:host.notBuiltTitle', 'cli:host.notBuiltBody'));
  }
  sendHtml(res, 200, state.mode === 'team' ? injectMeta(index, 'forankring-mode', 'team') : injectToken(index, state.token));
}

async function handle(state: HostState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  setCommonHeaders(res);
  if (!hostAllowed(req, state.port, state.names, state.hosts)) return sendText(res, 403, messageText(state.texts, 'cli:host.forbidden'));

  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));

  if (path === '/api' || path.startsWith(API_PREFIX)) return handleApi(state, req, res, path);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, messageText(state.texts, 'cli:host.methodNotAllowed'));
  }

  const verdict = resolveStatic(state.rendererDir, path);
  switch (verdict.kind) {
    case 'bad':
    case 'missing':
      return sendText(res, 404, messageText(state.texts, 'cli:host.notFound'));
    case 'page':
      return handlePage(state, res, query);
    case 'file':
      res.writeHead(200, { 'Content-Type': verdict.contentType, 'Cache-Control': 'no-cache' });
      createReadStream(verdict.path).on('error', () => res.destroy()).pipe(res);
      return;
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startHost(options: HostOptions): Promise<Host> {
  const root = findPackageRoot();
  // Known once listening: the port may have been 0.
  const origin = () => `${options.tls ? 'https' : 'http'}://${urlHost(options.host ?? '127.0.0.1')}:${state.port}`;
  const token = options.token ?? createToken();
  const [nb, en] = await Promise.all([createI18n('nb'), createI18n('en')]);
  // Chromium starts on the first PDF export, not here: most sessions never print.
  const chromium = options.printPdf === undefined ? createChromiumPrinter() : null;
  const mail = options.mail ? createMail(options.mail) : null;
  const core = await openCore({
    ...(options.databaseUrl === undefined ? { dbPath: options.dbPath } : { databaseUrl: options.databaseUrl }),
    resourcesDir: options.resourcesDir ?? join(root, 'resources'),
    version: options.version ?? packageVersion(root),
    onInternalError: options.onInternalError ?? ((method, err) => console.error(`[forankring] ${method} failed:`, err)),
    printPdf: chromium ? chromium.print : (options.printPdf ?? null),
    accounts: {
      sendCode: mail?.sendCode ?? null,
      sendMessage: mail?.sendMessage ?? null,
      publicUrl: () => options.publicUrl ?? (state.port === 0 ? null : origin()),
    },
  });

  const mode = options.mode ?? 'solo';
  const state: HostState = {
    core,
    token,
    port: 0,
    mode,
    behindProxy: options.behindProxy === true,
    hosts: options.publicUrl === undefined ? [] : [new URL(options.publicUrl).host.toLowerCase()],
    names: options.host === undefined || LOOPBACK.has(options.host) ? [] : [options.host.toLowerCase()],
    rendererDir: options.rendererDir ?? join(root, 'out', 'renderer'),
    texts: { nb: nb.t.bind(nb), en: en.t.bind(en) },
  };
  const listener: RequestListener = (req, res) => {
    if (options.logRequest) logWhenDone(req, res, options.logRequest);
    handle(state, req, res).catch((err: unknown) => {
      // A client that went away mid-request is routine, not a fault: one line, no stack.
      if (req.destroyed || (err as { code?: unknown }).code === 'ECONNRESET') {
        console.warn(abortedLine(req));
        return;
      }
      console.error('[forankring] request failed:', err);
      if (!res.headersSent) sendError(res, 500, { code: 'INTERNAL', message: 'Internal error' });
      else res.destroy();
    });
  };
  const server = options.tls ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, listener) : createServer(listener);

  try {
    state.port = await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  } catch (err) {
    await core.close();
    await chromium?.close();
    throw err;
  }

  let closing: Promise<void> | undefined;
  return {
    url: mode === 'team' ? `${origin()}/` : `${origin()}/?token=${token}`,
    origin: origin(),
    port: state.port,
    token,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
        .then(() => core.close())
        .finally(() => chromium?.close());
      return closing;
    },
  };
}

/** "[forankring] POST /api/units.import aborted": the path without its query, which may hold the token. */
export function abortedLine(req: IncomingMessage): string {
  const path = (req.url ?? '').split('?')[0]?.slice(0, 200) ?? '';
  return `[forankring] ${req.method ?? '?'} ${path} aborted`;
}

const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '::1']);

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** "POST /api/units.tree 200 12 ms", written when the response has gone out (or the client went away). */
function logWhenDone(req: IncomingMessage, res: ServerResponse, log: (line: string) => void): void {
  const started = process.hrtime.bigint();
  res.once('close', () => {
    const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
    const path = (req.url ?? '').split('?')[0]?.slice(0, 200) ?? '';
    log(`${req.method ?? '?'} ${path} ${res.writableFinished ? res.statusCode : 'aborted'} ${ms} ms`);
  });
}
