// Runs the BUILT main process (out/main/index.js) in plain Node with a
// stand-in for 'electron', against a real SQLite file, and checks the shell's
// security settings, the IPC entry, the app:// protocol and the menu.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../src/shared/client';
import { METHOD_NAMES, type MethodName } from '../../src/shared/contract';
import { ERROR_CODES, type Envelope } from '../../src/shared/errors';
import { xlsxFile } from '../fixtures/transfer';
import { ensureBuilt, OUT } from './build';
import { loadBuiltMain } from './load-main';
import { createElectronStub, FakeFrame, FakeWebContents, type FakeWindow, type IpcHandler, type MenuItem } from './electron-stub';


const root = mkdtempSync(join(tmpdir(), 'forankring-bundle-'));
const dirs = { userData: join(root, 'userData'), documents: join(root, 'Documents') };
let stub: ReturnType<typeof createElectronStub>;
let win: FakeWindow;
let restoreLoad: () => void = () => undefined;

beforeAll(() => {
  ensureBuilt();
  mkdirSync(dirs.userData);
  mkdirSync(dirs.documents);
  stub = createElectronStub(dirs);
  restoreLoad = loadBuiltMain(stub);
}, 300_000);

beforeAll(async () => {
  // start() runs after whenReady; the window is the last thing it makes.
  await vi.waitFor(() => expect(stub.recorder.windows).toHaveLength(1), { timeout: 20_000 });
  win = stub.recorder.windows[0] as FakeWindow;
});

afterAll(async () => {
  restoreLoad();
  if (stub.recorder.windows.length > 0) {
    // will-quit closes the database, then quits again.
    const quits = stub.recorder.quitCalls;
    stub.app.emit('will-quit', { preventDefault: () => undefined });
    await vi.waitFor(() => expect(stub.recorder.quitCalls).toBe(quits + 1));
  }
  rmSync(root, { recursive: true, force: true });
});

function trustedEvent(frame: FakeFrame = win.webContents.mainFrame, sender: FakeWebContents = win.webContents) {
  return { sender, senderFrame: frame };
}

function handler(channel: string): IpcHandler {
  const found = stub.recorder.ipcHandlers.get(channel);
  if (!found) throw new Error(`no handler for ${channel}`);
  return found;
}

async function call(method: string, input: unknown = {}, event: unknown = trustedEvent()): Promise<Envelope<unknown>> {
  return (await handler(IPC_CHANNEL.call)(event, { method, input })) as Envelope<unknown>;
}

async function value<T>(method: MethodName, input: unknown = {}): Promise<T> {
  const envelope = await call(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${JSON.stringify(envelope.error.details)}`);
  return envelope.value as T;
}

function expectNoStack(envelope: unknown): void {
  const text = JSON.stringify(envelope);
  expect(text).not.toMatch(/"stack"|\bat .+:\d+:\d+/);
}

function findItem(items: MenuItem[], id: string): MenuItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu && findItem(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
}

const lastMenu = (): MenuItem[] => stub.recorder.menus.at(-1) ?? [];

describe('built main bundle', () => {
  it('opens one locked-down window on app://forankring with the sandboxed preload', () => {
    expect(win.options).toMatchObject({ title: 'Forankring', show: false });
    expect(win.options['minWidth']).toBeGreaterThan(0);
    expect(win.options['webPreferences']).toEqual(
      expect.objectContaining({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        preload: join(OUT, 'preload/index.js'),
      }),
    );
    expect(win.loadedUrl).toBe('app://forankring/index.html');
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('registers app: as a privileged standard scheme and handles it', () => {
    expect(stub.recorder.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(stub.recorder.protocolHandlers.has('app')).toBe(true);
  });

  it('denies every permission request and check', () => {
    const granted = vi.fn();
    stub.recorder.permissionRequestHandler?.(win.webContents, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(stub.recorder.permissionCheckHandler?.(win.webContents, 'clipboard-read', 'app://forankring', {})).toBe(false);
  });

  it('denies new windows and opens only allow-listed https links outside the app', () => {
    const open = win.webContents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');
    for (const url of ['https://www.datatilsynet.no/rettigheter', 'https://evil.example/', 'http://forankring.no/', 'https://forankring.no.evil.example/', 'file:///etc/passwd']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(stub.recorder.openedExternal).toEqual(['https://www.datatilsynet.no/rettigheter']);
  });

  it('opens the https hosts an admin allowed in Settings, read from the core, and refuses wildcards', async () => {
    const open = win.webContents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');
    const before = stub.recorder.openedExternal.length;
    const opened = () => stub.recorder.openedExternal.slice(before);
    expect(open({ url: 'https://kurs.example.no/modul-1' })).toEqual({ action: 'deny' });
    expect(opened()).toEqual([]);
    // A wildcard or an address is not a host name: the core refuses it, and nothing changes.
    for (const bad of ['*.example.no', 'https://kurs.example.no', 'kurs.example.no/x']) {
      expect(await call('settings.update', { externalHosts: [bad] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await call('settings.update', { externalHosts: ['Kurs.Example.no', 'video.example.no'] })).toMatchObject({
      ok: true, value: { externalHosts: ['kurs.example.no', 'video.example.no'] },
    });
    await vi.waitFor(() => {
      open({ url: 'https://kurs.example.no/modul-1' });
      expect(opened()).toContain('https://kurs.example.no/modul-1');
    });
    for (const url of ['http://kurs.example.no/', 'https://x.kurs.example.no/', 'https://user:pw@video.example.no/', 'https://example.no/']) open({ url });
    open({ url: 'https://forankring.no/hjelp' });
    expect(new Set(opened())).toEqual(new Set(['https://kurs.example.no/modul-1', 'https://forankring.no/hjelp']));
    // Taken off the list: no longer opened; the fixed hosts stay.
    expect(await call('settings.update', { externalHosts: [] })).toMatchObject({ ok: true });
    await vi.waitFor(() => {
      const n = opened().length;
      open({ url: 'https://video.example.no/film' });
      expect(opened()).toHaveLength(n);
    });
    open({ url: 'https://uu.tilsynet.no/' });
    expect(opened()).toContain('https://uu.tilsynet.no/');
  });

  it('prevents navigation away from the app and webviews', () => {
    const navigate = (event: string, url: string) => {
      const prevented = vi.fn();
      win.webContents.emit(event, { preventDefault: prevented }, url);
      return prevented.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://forankring/index.html')).toBe(false);
    expect(navigate('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('answers every contract method through the IPC entry with an envelope, never UNKNOWN_METHOD', async () => {
    const minimal: Partial<Record<MethodName, unknown>> = {
      'levels.create': { name: 'Landsforbund' },
      'units.search': { query: 'oslo' },
      'units.export': { format: 'csv' },
      'units.importPreview': { fileName: 'enheter.csv', base64: Buffer.from('kode;navn\n01;Oslo\n').toString('base64') },
    };
    for (const method of METHOD_NAMES) {
      const envelope = await call(method, minimal[method] ?? {});
      expect(typeof envelope.ok, method).toBe('boolean');
      if (!envelope.ok) {
        expect(ERROR_CODES, method).toContain(envelope.error.code);
        expect(envelope.error.code, method).not.toBe('UNKNOWN_METHOD');
        expect(envelope.error.code, method).not.toBe('INTERNAL');
        expectNoStack(envelope);
      }
    }
    // demo.load ran on an empty database, so the demo data was found in resources/.
    expect((await value<{ unitCount: number }>('app.status')).unitCount).toBeGreaterThan(100);
  });

  it('stores real data in the SQLite file under userData', async () => {
    const level = await value<{ id: number; name: string }>('levels.create', { name: 'Testnivå' });
    const levels = await value<Array<{ id: number; name: string }>>('levels.list');
    expect(levels.map((l) => l.name)).toContain('Testnivå');
    // The demo's national office is the one root; a new unit goes below it.
    const tree = await value<Array<{ id: number; parentId: number | null }>>('units.tree', {});
    const root = tree.find((u) => u.parentId === null);
    const unit = await value<{ id: number }>('units.create', { code: 'TEST01', name: 'Testlag', levelId: level.id, parentId: root?.id ?? null });
    expect(await value('units.get', { id: unit.id })).toMatchObject({ code: 'TEST01', name: 'Testlag', levelName: 'Testnivå' });
    const status = await value<{ dbPath: string; version: string }>('app.status');
    expect(status).toMatchObject({ dbPath: join(dirs.userData, 'forankring.sqlite'), version: '0.1.0-test' });
  });

  it('parses uploads in the worker chunk built beside it, with the refusals the core gives', async () => {
    const workers = readdirSync(join(OUT, 'main/chunks')).filter((name) => /^parse-worker-[\w-]+\.js$/.test(name));
    expect(workers).toHaveLength(1);
    const preview = await value<{ format: string; headers: string[]; rowCount: number }>('units.importPreview', await xlsxFile([['kode', 'navn'], ['01', 'Oslo'], ['02', 'Bergen']]));
    expect(preview).toMatchObject({ format: 'xlsx', headers: ['kode', 'navn'], rowCount: 2 });
    const refused = await call('units.importPreview', { fileName: 'enheter.xlsx', base64: Buffer.from('kode;navn\n').toString('base64') });
    expect(refused).toEqual({ ok: false, error: { code: 'FILE_UNREADABLE', message: 'Not a readable XLSX file', details: { reason: 'not an XLSX file' } } });
  });

  it('takes the day\'s automatic backup into userData/backups at start', async () => {
    const folder = join(dirs.userData, 'backups');
    await vi.waitFor(() => expect(readdirSync(folder).filter((n) => /^forankring-auto-\d{4}-\d{2}-\d{2}\.sqlite$/.test(n))).toHaveLength(1), { timeout: 10_000 });
    const list = await value<{ folder: string; keep: number; files: Array<{ kind: string }> }>('backup.list');
    expect(list).toMatchObject({ folder, keep: 7 });
    expect(list.files.map((f) => f.kind)).toContain('auto');
  });

  it('refuses foreign senders, unknown methods, invalid input and malformed payloads without stacks', async () => {
    const evilFrame = trustedEvent(new FakeFrame('https://evil.example/'));
    const subFrame = trustedEvent(new FakeFrame('app://forankring/index.html', win.webContents.mainFrame));
    const otherContents = new FakeWebContents();
    otherContents.mainFrame.url = 'app://forankring/index.html';
    const strangers = [evilFrame, subFrame, trustedEvent(otherContents.mainFrame, otherContents), { sender: win.webContents, senderFrame: null }];
    for (const event of strangers) {
      const envelope = await call('levels.list', {}, event);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await call('system.exec', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const invalid = await call('levels.create', { name: '' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const refusals: unknown[] = [];
    for (const payload of ['levels.list', null, 42, ['levels.list'], { method: 7 }, { method: 'levels.list', input: {}, extra: 1 }]) {
      const envelope = (await handler(IPC_CHANNEL.call)(trustedEvent(), payload)) as Envelope<unknown>;
      expect(envelope.ok).toBe(false);
      refusals.push(envelope);
    }
    for (const envelope of [invalid, ...refusals]) expectNoStack(envelope);
  });

  it('cancels a call by its request id, for its own sender only', async () => {
    const cancel = stub.recorder.ipcListeners.get(IPC_CHANNEL.cancel);
    if (!cancel) throw new Error('no cancel listener');
    // The cancel arrives before the read's turn on the queue: the core drops it.
    const dropped = handler(IPC_CHANNEL.call)(trustedEvent(), { method: 'levels.list', input: {}, id: '7' });
    cancel(trustedEvent(), { id: '7' });
    expect(await dropped).toMatchObject({ ok: false, error: { code: 'CANCELLED', details: { method: 'levels.list' } } });
    // Another web contents cannot cancel it, nor can a malformed message.
    const otherContents = new FakeWebContents();
    otherContents.mainFrame.url = 'app://forankring/index.html';
    const kept = handler(IPC_CHANNEL.call)(trustedEvent(), { method: 'levels.list', input: {}, id: '8' });
    cancel(trustedEvent(otherContents.mainFrame, otherContents), { id: '8' });
    cancel(trustedEvent(), { id: 8 });
    expect(await kept).toMatchObject({ ok: true });
    // A finished call's id is forgotten: cancelling it later touches nothing.
    cancel(trustedEvent(), { id: '8' });
    expect(await call('levels.list')).toMatchObject({ ok: true });
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const serve = stub.recorder.protocolHandlers.get('app');
    if (!serve) throw new Error('no app: handler');
    const index = await serve(new Request('app://forankring/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(await index.text()).toBe(readFileSync(join(OUT, 'renderer/index.html'), 'utf8'));
    const script = /src="(?:\.\/|\/)?(assets\/[^"]+\.js)"/.exec(readFileSync(join(OUT, 'renderer/index.html'), 'utf8'))?.[1];
    expect(script).toBeDefined();
    expect((await serve(new Request(`app://forankring/${script}`))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const url of [
      'app://forankring/../../etc/passwd',
      'app://forankring/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      'app://forankring/%2e%2e/%2e%2e/main/index.js',
      'app://forankring/..%5C..%5Cmain%5Cindex.js',
      'app://evil/index.html',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).not.toBe(200);
      expect(response.headers.get('content-security-policy'), url).toContain("default-src 'self'");
      expect(await response.text(), url).not.toMatch(/root:|require\(/);
    }
  });

  it('gets a renderer that needs nothing the CSP forbids: no inline scripts or styles', () => {
    const html = readFileSync(join(OUT, 'renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="(\.\/|\/)?assets\//);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="|(src|href)="https?:/);
  });

  it('switches language from the menu: stores it, tells the window and rebuilds the menu', async () => {
    expect(findItem(lastMenu(), 'language-nb')?.checked).toBe(true);
    expect(lastMenu().map((m) => m.label)).toContain('Fil');
    findItem(lastMenu(), 'language-en')?.click?.();
    await vi.waitFor(() =>
      expect(win.webContents.sent).toContainEqual({ channel: IPC_CHANNEL.menu, payload: { type: 'language', lang: 'en' } }),
    );
    expect(await value('settings.get')).toMatchObject({ language: 'en' });
    expect(findItem(lastMenu(), 'language-en')?.checked).toBe(true);
    expect(lastMenu().map((m) => m.label)).toContain('File');
    // A change made in the renderer (through IPC) updates the menu too.
    await value('settings.update', { language: 'nb' });
    expect(findItem(lastMenu(), 'language-nb')?.checked).toBe(true);
    expect(lastMenu().map((m) => m.label)).toContain('Språk');
  });

  it('shows devtools in the View menu only when not packaged', () => {
    const view = lastMenu().find((m) => m.label === 'Vis');
    expect(view?.submenu?.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('saves a file (a ZIP too) where the dialog says, and refuses bad names, a bare .eml and foreign senders', async () => {
    const save = handler(IPC_CHANNEL.saveFile);
    const base64 = Buffer.from('kode;navn\n0301;Oslo\n').toString('base64');
    const path = await save(trustedEvent(), { fileName: 'enheter.csv', base64 });
    expect(path).toBe(join(dirs.documents, 'chosen.csv'));
    expect(readFileSync(join(dirs.documents, 'chosen.csv'), 'utf8')).toBe('kode;navn\n0301;Oslo\n');
    expect(stub.recorder.saveDialogs.at(-1)?.defaultPath).toBe(join(dirs.documents, 'enheter.csv'));
    // A wave's .eml files come as one ZIP, offered under its own filter.
    const zip = Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18), 'latin1').toString('base64');
    expect(await save(trustedEvent(), { fileName: 'melding-etappe-øst-2026-03-15.zip', base64: zip })).toBe(join(dirs.documents, 'chosen.csv'));
    expect(stub.recorder.saveDialogs.at(-1)).toMatchObject({
      defaultPath: join(dirs.documents, 'melding-etappe-øst-2026-03-15.zip'), filters: [{ name: 'ZIP-arkiv', extensions: ['zip'] }],
    });
    expect(readFileSync(join(dirs.documents, 'chosen.csv')).subarray(0, 4).toString('latin1')).toBe('PK\u0005\u0006');
    stub.recorder.saveDialogAnswer = { canceled: true };
    expect(await save(trustedEvent(), { fileName: 'enheter.xlsx', base64 })).toBeNull();
    for (const fileName of ['../enheter.csv', 'enheter.exe', '.csv', 'a/b.csv', 'x'.repeat(200) + '.csv', '0101-Kari.eml', '../melding.zip', 'melding.zip.exe']) {
      await expect(save(trustedEvent(), { fileName, base64 }), fileName).rejects.toThrow('INVALID_INPUT');
    }
    await expect(save(trustedEvent(new FakeFrame('https://evil.example/')), { fileName: 'a.csv', base64 })).rejects.toThrow('FORBIDDEN');
  });
});

describe('built preload bundle', () => {
  it('requires nothing but electron, so it loads in the sandbox', () => {
    const code = readFileSync(join(OUT, 'preload/index.js'), 'utf8');
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).toContain('exposeInMainWorld("forankring"');
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });
});
