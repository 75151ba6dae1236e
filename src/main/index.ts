// Electron main process: a thin shell around the core. It opens the database,
// serves the renderer from app://forankring, locks the window down, and lets the
// page reach the core only through the one checked IPC entry.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell, type WebContents } from 'electron';
import { openCore, type Core } from '../core';
import { IPC_CHANNEL, type MenuEvent } from '../shared/client';
import { registerIpc } from './ipc';
import { createAppMenu, storedLanguage } from './menu';
import { createElectronPrinter } from './pdf-printer';
import { APP_ENTRY_URL, devServerUrl, PRELOAD_PATH, RENDERER_DIR, resourcesDir } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { saveWithDialog } from './save-file';
import { appUrlCheck, installSecurity, setExtraHosts } from './security';
import type { AppSettings } from '../shared/types';
import { createMainWindow } from './window';
import { TeamConnection } from './team-connection';

function log(message: string, err?: unknown): void {
  console.error(`[forankring] ${message}`, err ?? '');
}

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
const devUrl = devServerUrl(app.isPackaged);
const isAppUrl = appUrlCheck(devUrl);

// Privileged schemes can only be registered before the ready event.
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Two processes on one SQLite file would fight over the writer lock; the first instance wins.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (!core) return;
    const closing = core;
    core = null;
    event.preventDefault();
    closing.close().catch((err: unknown) => log('Could not close the database', err)).finally(() => app.quit());
  });
  app.whenReady().then(start).catch((err: unknown) => {
    log('Start-up failed', err);
    dialog.showErrorBox('Forankring', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  installSecurity(app, session.defaultSession, isAppUrl, shell);
  handleAppProtocol(protocol, RENDERER_DIR);
  const opened = await openCore({
    dbPath: join(app.getPath('userData'), 'forankring.sqlite'),
    resourcesDir: resourcesDir(app.isPackaged),
    version: app.getVersion(),
    onInternalError: (method, err) => log(`Internal error in ${method}`, err),
    printPdf: createElectronPrinter({ BrowserWindow, tempDir: () => app.getPath('temp') }),
  });
  core = opened;
  // The rolling daily backups in the data folder: at start, then hourly in case the app stays open past midnight.
  const backUp = (): void => void opened.dailyBackup().catch((err: unknown) => log('Daily backup failed', err));
  backUp();
  setInterval(backUp, 60 * 60 * 1000).unref();
  const appMenu = createAppMenu({
    Menu,
    dispatch: opened.dispatch,
    isPackaged: app.isPackaged,
    platform: process.platform,
    notify: sendMenuEvent,
    about: (labels) => {
      const options = { type: 'info' as const, title: labels.about, message: `Forankring ${app.getVersion()}`, detail: labels.aboutDetail, buttons: [labels.ok] };
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    },
    log,
  });
  appMenu.render(await storedLanguage(opened.dispatch));
  const connection = new TeamConnection({
    file: join(app.getPath('userData'), 'team-server.json'),
    safeStorage,
    platform: process.platform,
    onOnline: (online) => {
      sendMenuEvent({ type: 'connection', online });
      readExternalHosts();
    },
  });
  // The admin's extra link hosts come from the core that answers the calls (this file's, or the
  // team server's), at start and after every settings change: never from the page.
  const readExternalHosts = (): void => {
    const asking = connection.isConnected() ? connection.call('settings.get', {}) : opened.dispatch('settings.get', {});
    void asking.then((answer) => {
      if (answer.ok) setExtraHosts((answer.value as AppSettings).externalHosts);
    }).catch((err: unknown) => log('Could not read the link hosts', err));
  };
  readExternalHosts();
  registerIpc(ipcMain, {
    dispatch: opened.dispatch,
    connection,
    isAppUrl,
    isOurContents,
    saveFile: (sender, file) =>
      saveWithDialog(dialog, { window: BrowserWindow.fromWebContents(sender), documentsDir: app.getPath('documents'), labels: appMenu.labels() }, file),
    onSettingsChanged: (settings) => {
      appMenu.render(settings.language);
      readExternalHosts();
    },
  });
  openWindow();
  app.on('activate', () => {
    // macOS: clicking the dock icon with no app window open brings one back. A hidden
    // PDF print window may still exist, so this asks for the main window, not any window.
    if (!mainWindow) openWindow();
  });
}

function openWindow(): void {
  const win = createMainWindow(BrowserWindow, { url: devUrl ?? APP_ENTRY_URL, preload: PRELOAD_PATH, log });
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
}

function isOurContents(contents: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents === contents;
}

function sendMenuEvent(event: MenuEvent): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target && !target.isDestroyed() && isOurContents(target.webContents)) target.webContents.send(IPC_CHANNEL.menu, event);
}
