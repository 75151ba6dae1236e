// The BUILT main process as a team server's client: connected through the connection
// channel, it forwards the renderer's calls to a real team host, keeps the session encrypted
// with safeStorage (the stand-in's), never hands the token to the page, and when the server
// stops answering it says so and still shows the login help and the chapter card it last saw.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../src/shared/client';
import type { Envelope } from '../../src/shared/errors';
import { TeamConnection } from '../../src/main/team-connection';
import { ADMIN_EMAIL, ADMIN_PASSWORD, call as hostCall, signInAdmin, teamHost } from '../host/team-helpers';
import { ensureBuilt } from './build';
import { loadBuiltMain } from './load-main';
import { createElectronStub, type FakeWindow, type IpcHandler } from './electron-stub';

const root = mkdtempSync(join(tmpdir(), 'forankring-client-'));
const dirs = { userData: join(root, 'userData'), documents: join(root, 'Documents') };
let stub: ReturnType<typeof createElectronStub>;
let win: FakeWindow;
let restoreLoad: () => void = () => undefined;

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(dirs.userData);
  mkdirSync(dirs.documents);
  stub = createElectronStub(dirs);
  restoreLoad = loadBuiltMain(stub);
  await vi.waitFor(() => expect(stub.recorder.windows).toHaveLength(1), { timeout: 20_000 });
  win = stub.recorder.windows[0] as FakeWindow;
  win.webContents.mainFrame.url = 'app://forankring/index.html';
}, 300_000);

afterAll(async () => {
  restoreLoad();
  const quits = stub.recorder.quitCalls;
  stub.app.emit('will-quit', { preventDefault: () => undefined });
  await vi.waitFor(() => expect(stub.recorder.quitCalls).toBe(quits + 1));
  rmSync(root, { recursive: true, force: true });
});

const event = () => ({ sender: win.webContents, senderFrame: win.webContents.mainFrame });
function handler(channel: string): IpcHandler {
  const found = stub.recorder.ipcHandlers.get(channel);
  if (!found) throw new Error(`no handler for ${channel}`);
  return found;
}
const call = async (method: string, input: unknown = {}) => (await handler(IPC_CHANNEL.call)(event(), { method, input })) as Envelope<unknown>;
const connection = async (payload: unknown) => handler(IPC_CHANNEL.connection)(event(), payload);

describe('the desktop app as a team server\'s client', () => {
  it('forwards calls, keeps the session encrypted out of the page\'s reach, and reads offline what it last saw', async () => {
    const team = await teamHost();
    const cookie = await signInAdmin(team);
    expect((await hostCall(team.host, 'demo.load', {}, { cookie })).json.ok).toBe(true);
    // The local file has no demo: what comes back below is the server's.
    expect(await connection({ action: 'connect', url: 'http://forankring.example.no', allowPlainStorage: false })).toEqual({ invalid: 'url' });
    expect(await connection({ action: 'connect', url: `${team.host.origin}/`, allowPlainStorage: false }))
      .toEqual({ connected: true, server: team.host.origin, signedIn: false, online: true, encrypted: true });
    expect(await call('auth.me')).toEqual({ ok: true, value: { kind: 'anonymous' } });

    const signedIn = await call('auth.signIn', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(signedIn).toMatchObject({ ok: true, value: { me: { email: ADMIN_EMAIL } } });
    expect(JSON.stringify(signedIn)).not.toContain('token');
    const problems = await call('problems.list');
    expect(problems.ok && (problems.value as unknown[]).length).toBeGreaterThan(3);
    const [heroy] = ((await call('units.search', { query: 'herøy' })) as { value: Array<{ id: number }> }).value;
    const card = await call('units.card', { id: heroy?.id });
    expect(card.ok).toBe(true);
    const file = readFileSync(join(dirs.userData, 'team-server.json'), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ server: team.host.origin, secret: { encrypted: expect.any(String) } });
    expect(file).not.toContain(ADMIN_EMAIL);

    await team.host.close();
    expect(await call('problems.list')).toEqual(problems);
    expect(await call('units.card', { id: heroy?.id })).toEqual(card);
    expect(await call('units.update', { id: heroy?.id, contactNotes: 'Frakoblet' })).toMatchObject({ ok: false, error: { code: 'SERVER_UNREACHABLE', details: { server: team.host.origin } } });
    expect(win.webContents.sent).toContainEqual({ channel: IPC_CHANNEL.menu, payload: { type: 'connection', online: false } });
    expect(await connection({ action: 'get' })).toMatchObject({ connected: true, online: false, signedIn: true });

    expect(await connection({ action: 'disconnect' })).toEqual({ connected: false });
    expect((await call('app.status')).ok).toBe(true);
    await expect(connection({ action: 'connect', url: 'x' })).rejects.toThrow('INVALID_INPUT');
  }, 60_000);

  it('asks before keeping the session without a keyring, and keeps it across a restart', async () => {
    const team = await teamHost();
    await signInAdmin(team);
    const file = join(root, 'plain.json');
    const storage = { ...stub.electron.safeStorage, backend: 'basic_text' };
    const first = new TeamConnection({ file, safeStorage: storage, platform: 'linux' });
    expect(first.connect(team.host.origin, false)).toEqual({ needsConsent: 'plainStorage' });
    expect(first.connect(team.host.origin, true)).toMatchObject({ connected: true, encrypted: false });
    expect((await first.call('auth.signIn', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).ok).toBe(true);
    const again = new TeamConnection({ file, safeStorage: storage, platform: 'linux' });
    expect(await again.call('auth.me', {})).toMatchObject({ ok: true, value: { kind: 'user', email: ADMIN_EMAIL } });
    // Signing out forgets the session on disk too.
    await again.call('auth.signOut', {});
    expect(new TeamConnection({ file, safeStorage: storage, platform: 'linux' }).state()).toMatchObject({ connected: true, signedIn: false });
  });
});
