// The desktop app as a team server's client. When connected, the IPC entry forwards every
// call to the server (src/shared/remote-transport.ts) instead of the local core; the session
// token stays in the main process, encrypted with Electron's safeStorage, and never reaches
// the renderer. The last answers the login help and the own chapter card need are kept, so
// they stay readable when the network is the problem; nothing is written offline.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { SafeStorage } from 'electron';
import type { Envelope } from '../shared/errors';
import type { MethodName } from '../shared/method-names';
import { isSafeServer, remoteTransport, serverOrigin } from '../shared/remote-transport';
import type { ConnectionAnswer, ConnectionState } from '../shared/client';

/** Read-only answers kept for offline use: who I am, the login-help catalog, unit cards and escalation paths. */
const OFFLINE_READS: ReadonlySet<string> = new Set([
  'auth.me', 'app.status', 'settings.get', 'levels.list', 'problems.list', 'problems.lookup', 'units.card', 'support.path', 'sla.list', 'stages.list',
]);
const MAX_CACHED = 200;
const TOKEN_METHODS: ReadonlySet<string> = new Set(['auth.signIn', 'auth.acceptCode']);

type Storage = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?: () => string };

interface Saved {
  server: string;
  /** The token and the offline answers, encrypted (base64) or, with the user's consent, plain. */
  secret: { encrypted: string } | { plain: string } | null;
  plainConsent: boolean;
}

interface Secret {
  token: string | null;
  cache: Array<[string, Envelope<unknown>]>;
}

export interface TeamConnectionDeps {
  file: string;
  safeStorage: Storage;
  platform: NodeJS.Platform;
  /** Tells the window when the server stops or starts answering. */
  onOnline?: (online: boolean) => void;
}

export class TeamConnection {
  private saved: Saved | null = null;
  private token: string | null = null;
  private cache = new Map<string, Envelope<unknown>>();
  private online = true;

  constructor(private readonly deps: TeamConnectionDeps) {
    this.load();
  }

  /** Whether the OS keeps the key to the token (a keyring, the Keychain, DPAPI); not so on Linux without a keyring. */
  private encrypts(): boolean {
    const { safeStorage, platform } = this.deps;
    if (!safeStorage.isEncryptionAvailable()) return false;
    return !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
  }

  state(): ConnectionState {
    if (!this.saved) return { connected: false };
    return { connected: true, server: this.saved.server, signedIn: this.token !== null, online: this.online, encrypted: this.encrypts() };
  }

  connect(url: string, allowPlainStorage: boolean): ConnectionAnswer {
    const origin = serverOrigin(url);
    if (origin === null || !isSafeServer(origin)) return { invalid: 'url' };
    if (!this.encrypts() && !allowPlainStorage) return { needsConsent: 'plainStorage' };
    this.saved = { server: origin, secret: null, plainConsent: !this.encrypts() && allowPlainStorage };
    this.token = null;
    this.cache.clear();
    this.online = true;
    this.persist();
    return this.state();
  }

  disconnect(): ConnectionState {
    this.saved = null;
    this.token = null;
    this.cache.clear();
    rmSync(this.deps.file, { force: true });
    return this.state();
  }

  isConnected(): boolean {
    return this.saved !== null;
  }

  async call(method: MethodName, input: unknown, signal?: AbortSignal): Promise<Envelope<unknown>> {
    const saved = this.saved;
    if (!saved) return { ok: false, error: { code: 'INTERNAL', message: 'Not connected' } };
    const answer = await remoteTransport({ server: saved.server, token: this.token })(method, input, { signal });
    // Given up by the renderer: says nothing of the server, so the online state and the cache stay.
    if (!answer.ok && answer.error.code === 'CANCELLED') return answer;
    const key = `${method} ${JSON.stringify(input ?? {})}`;
    if (!answer.ok && answer.error.code === 'SERVER_UNREACHABLE') {
      this.setOnline(false);
      return this.cache.get(key) ?? answer;
    }
    this.setOnline(true);
    if (answer.ok && TOKEN_METHODS.has(method)) return this.keepToken(answer);
    if (method === 'auth.signOut' || (!answer.ok && answer.error.code === 'UNAUTHENTICATED')) this.forget();
    if (answer.ok && OFFLINE_READS.has(method)) this.remember(key, answer);
    return answer;
  }

  private keepToken(answer: Envelope<unknown> & { ok: true }): Envelope<unknown> {
    const { token, ...rest } = answer.value as { token?: unknown };
    this.token = typeof token === 'string' ? token : null;
    this.cache.clear();
    this.persist();
    // The renderer gets the answer without the secret, as a browser does from the host.
    return { ok: true, value: rest };
  }

  private forget(): void {
    this.token = null;
    this.cache.clear();
    this.persist();
  }

  private remember(key: string, answer: Envelope<unknown>): void {
    this.cache.delete(key);
    this.cache.set(key, answer);
    while (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
    this.persist();
  }

  private setOnline(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    this.deps.onOnline?.(online);
  }

  private persist(): void {
    const saved = this.saved;
    if (!saved) return;
    const secret: Secret = { token: this.token, cache: [...this.cache] };
    const text = JSON.stringify(secret);
    const stored: Saved['secret'] = this.encrypts()
      ? { encrypted: this.deps.safeStorage.encryptString(text).toString('base64') }
      // Without a keyring only with the user's consent; without it the session lasts until the app closes.
      : saved.plainConsent ? { plain: text } : null;
    writeFileSync(this.deps.file, JSON.stringify({ ...saved, secret: stored }), { mode: 0o600 });
  }

  private load(): void {
    if (!existsSync(this.deps.file)) return;
    try {
      const saved = JSON.parse(readFileSync(this.deps.file, 'utf8')) as Saved;
      this.saved = { server: saved.server, secret: null, plainConsent: saved.plainConsent };
      const text = saved.secret === null ? null
        : 'encrypted' in saved.secret ? (this.encrypts() ? this.deps.safeStorage.decryptString(Buffer.from(saved.secret.encrypted, 'base64')) : null)
        : saved.secret.plain;
      if (text === null) return;
      const secret = JSON.parse(text) as Secret;
      this.token = secret.token;
      this.cache = new Map(secret.cache);
    } catch {
      // An unreadable file (another user's key, a broken write) means signing in again.
      this.token = null;
      this.cache.clear();
    }
  }
}
