// The desktop app's PDF export, run through the BUILT main process
// (out/main/index.js) with the stand-in for 'electron': a report job prints
// its HTML in a hidden, locked-down window with webContents.printToPDF, cleans
// up after itself, and stops when cancelled.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../src/shared/client';
import type { Envelope } from '../../src/shared/errors';
import type { ExportedFile } from '../../src/shared/types';
import type { ReportJobStatus } from '../../src/shared/types-reports';
import { ensureBuilt } from './build';
import { loadBuiltMain } from './load-main';
import { createElectronStub, FAKE_PDF, type FakeWebContents, type FakeWindow, type IpcHandler } from './electron-stub';


const root = mkdtempSync(join(tmpdir(), 'forankring-bundle-pdf-'));
const dirs = { userData: join(root, 'userData'), documents: join(root, 'Documents'), temp: join(root, 'temp') };
let stub: ReturnType<typeof createElectronStub>;
let main: FakeWindow;
let restoreLoad: () => void = () => undefined;

beforeAll(async () => {
  ensureBuilt();
  for (const dir of Object.values(dirs)) mkdirSync(dir);
  stub = createElectronStub(dirs);
  restoreLoad = loadBuiltMain(stub);
  await vi.waitFor(() => expect(stub.recorder.windows).toHaveLength(1), { timeout: 20_000 });
  main = stub.recorder.windows[0] as FakeWindow;
}, 300_000);

afterAll(async () => {
  restoreLoad();
  if (stub.recorder.windows.length > 0) {
    const quits = stub.recorder.quitCalls;
    stub.app.emit('will-quit', { preventDefault: () => undefined });
    await vi.waitFor(() => expect(stub.recorder.quitCalls).toBe(quits + 1));
  }
  rmSync(root, { recursive: true, force: true });
});

async function call<T>(method: string, input: unknown, sender: FakeWebContents = main.webContents): Promise<Envelope<T>> {
  const handler = stub.recorder.ipcHandlers.get(IPC_CHANNEL.call) as IpcHandler;
  return (await handler({ sender, senderFrame: sender.mainFrame }, { method, input })) as Envelope<T>;
}

async function value<T>(method: string, input: unknown): Promise<T> {
  const envelope = await call<T>(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

const startPdf = (lang: 'nb' | 'en') => value<ReportJobStatus>('reports.start', { kind: 'support', format: 'pdf', lang });

async function settled(jobId: string): Promise<ReportJobStatus> {
  let status = await value<ReportJobStatus>('reports.status', { jobId });
  await vi.waitFor(async () => {
    status = await value<ReportJobStatus>('reports.status', { jobId });
    expect(status.state).not.toBe('running');
  }, { timeout: 20_000 });
  return status;
}

const printFolders = () => readdirSync(dirs.temp).filter((name) => name.startsWith('forankring-print-'));

describe('PDF export in the built app', () => {
  it('prints the report HTML in a hidden, script-free window with A4 and page header and footer', async () => {
    const job = await startPdf('nb');
    const status = await settled(job.jobId);
    expect(status).toMatchObject({ state: 'done', format: 'pdf', error: null });
    expect(status.fileName).toMatch(/\.pdf$/);

    const file = await value<ExportedFile>('reports.result', { jobId: job.jobId });
    expect(file.mimeType).toBe('application/pdf');
    expect(Buffer.from(file.base64, 'base64').equals(FAKE_PDF)).toBe(true);

    expect(stub.recorder.windows).toHaveLength(2);
    const print = stub.recorder.windows[1] as FakeWindow;
    expect(print.options).toMatchObject({ show: false });
    expect(print.options['webPreferences']).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
    expect(print.shown).toBe(false);

    // The page came from a private temp folder, and both are gone again.
    expect(print.loadedFile).not.toBeNull();
    expect(dirname(dirname(print.loadedFile as string))).toBe(dirs.temp);
    expect(existsSync(print.loadedFile as string)).toBe(false);
    expect(printFolders()).toEqual([]);
    expect(print.isDestroyed()).toBe(true);

    const html = print.loadedHtml ?? '';
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).not.toMatch(/<script/);

    expect(stub.recorder.pdfPrints).toHaveLength(1);
    const printed = stub.recorder.pdfPrints[0];
    expect(printed?.contents).toBe(print.webContents);
    expect(printed?.options).toMatchObject({
      pageSize: 'A4',
      landscape: false,
      printBackground: true,
      displayHeaderFooter: true,
      preferCSSPageSize: true,
    });
    // An empty database has no organization name: the header is the title alone, never «Forankring».
    expect(printed?.options['headerTemplate']).toMatch(/<span>[^<·]+<\/span>/);
    expect(printed?.options['headerTemplate']).not.toContain('Forankring');
    expect(printed?.options['footerTemplate']).toContain('Side <span class="pageNumber"></span> av <span class="totalPages"></span>');
  });

  it('keeps the print window out of the app: guarded like every window, and refused at the IPC entry', async () => {
    const print = stub.recorder.windows[1] as FakeWindow;
    expect(print.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const prevented = vi.fn();
    print.webContents.emit('will-navigate', { preventDefault: prevented }, 'https://evil.example/');
    expect(prevented).toHaveBeenCalled();
    expect(print.webContents.mainFrame.url).toMatch(/^file:\/\//);
    expect(await call('levels.list', {}, print.webContents)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('closes the window and removes the file when the export is cancelled mid-print', async () => {
    let release: () => void = () => undefined;
    stub.recorder.printToPdf = () => new Promise<Buffer>((resolve) => (release = () => resolve(FAKE_PDF)));
    const job = await startPdf('en');
    await vi.waitFor(() => expect(stub.recorder.pdfPrints).toHaveLength(2), { timeout: 20_000 });
    const print = stub.recorder.windows.at(-1) as FakeWindow;
    expect(print).not.toBe(main);
    expect(print.isDestroyed()).toBe(false);
    expect(printFolders()).toHaveLength(1);
    expect(stub.recorder.pdfPrints[1]?.options['footerTemplate']).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');

    expect(await value<ReportJobStatus>('reports.cancel', { jobId: job.jobId })).toMatchObject({ state: 'cancelled' });
    await vi.waitFor(() => {
      expect(print.isDestroyed()).toBe(true);
      expect(printFolders()).toEqual([]);
    });
    // A late answer from the destroyed window changes nothing.
    release();
    expect(await settled(job.jobId)).toMatchObject({ state: 'cancelled' });
    expect(await call('reports.result', { jobId: job.jobId })).toMatchObject({ ok: false, error: { code: 'REPORT_NOT_READY' } });
    expect(main.isDestroyed()).toBe(false);
  });
});
