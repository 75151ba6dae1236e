// A minimal stand-in for the 'electron' module, enough to run the built main
// bundle in plain Node (the Electron binary cannot be downloaded here). It
// does nothing Electron would do on screen; it records what the bundle asks
// for, so the test can inspect the window options, handlers and menus.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type IpcHandler = (event: unknown, payload: unknown) => Promise<unknown>;
export type ProtocolHandler = (request: Request) => Promise<Response>;
export interface MenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  checked?: boolean;
  submenu?: MenuItem[];
  click?: () => void;
}
export interface OpenHandlerResult {
  action: 'allow' | 'deny';
}

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeFrame('about:blank');
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler: ((details: { url: string }) => OpenHandlerResult) | null = null;
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => OpenHandlerResult): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Records the options; what it answers is up to the test (Recorder.printToPdf). */
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    FakeWindow.recorder.pdfPrints.push({ contents: this, options });
    return FakeWindow.recorder.printToPdf(options);
  }
}

export interface Recorder {
  windows: FakeWindow[];
  schemes: unknown[];
  protocolHandlers: Map<string, ProtocolHandler>;
  ipcHandlers: Map<string, IpcHandler>;
  /** ipcMain.on listeners: one-way messages such as a cancel. */
  ipcListeners: Map<string, (event: unknown, payload: unknown) => void>;
  menus: MenuItem[][];
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null;
  openedExternal: string[];
  saveDialogs: Array<{ defaultPath?: string; filters?: unknown }>;
  /** What the next save dialog answers. */
  saveDialogAnswer: { canceled: boolean; filePath?: string };
  quitCalls: number;
  errors: string[];
  /** Every webContents.printToPDF call, in order. */
  pdfPrints: Array<{ contents: FakeWebContents; options: Record<string, unknown> }>;
  /** What printToPDF answers; a small fake PDF unless a test says otherwise. */
  printToPdf: (options: Record<string, unknown>) => Promise<Buffer>;
}

export const FAKE_PDF = Buffer.from('%PDF-1.7\n% stand-in\n%%EOF\n', 'latin1');

export class FakeWindow extends EventEmitter {
  static recorder: Recorder;
  static app: EventEmitter;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  /** The path given to loadFile, and what the file held at that moment. */
  loadedFile: string | null = null;
  loadedHtml: string | null = null;
  shown = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.recorder.windows.push(this);
    // Electron announces every new web contents before anything loads in it.
    FakeWindow.app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows(): FakeWindow[] {
    return FakeWindow.recorder.windows.filter((w) => !w.isDestroyed());
  }
  static getFocusedWindow(): FakeWindow | null {
    return FakeWindow.recorder.windows[0] ?? null;
  }
  static fromWebContents(contents: unknown): FakeWindow | null {
    return FakeWindow.recorder.windows.find((w) => w.webContents === contents) ?? null;
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
  }
  async loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    this.loadedHtml = readFileSync(path, 'utf8');
    this.webContents.mainFrame.url = pathToFileURL(path).href;
  }
  show(): void {
    this.shown = true;
  }
  destroy(): void {
    if (this.webContents.destroyed) return;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.webContents.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export function createElectronStub(dirs: { userData: string; documents: string; temp?: string }) {
  const recorder: Recorder = {
    windows: [],
    schemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    ipcListeners: new Map(),
    menus: [],
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    openedExternal: [],
    saveDialogs: [],
    saveDialogAnswer: { canceled: false, filePath: join(dirs.documents, 'chosen.csv') },
    quitCalls: 0,
    errors: [],
    pdfPrints: [],
    printToPdf: async () => FAKE_PDF,
  };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    name: 'Forankring',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => {
      if (name === 'userData') return dirs.userData;
      if (name === 'documents') return dirs.documents;
      if (name === 'temp') return dirs.temp ?? tmpdir();
      throw new Error(`stub: no path ${name}`);
    },
    getVersion: () => '0.1.0-test',
    quit: () => {
      recorder.quitCalls++;
    },
    exit: (code: number) => {
      recorder.errors.push(`exit ${code}`);
    },
  });
  FakeWindow.recorder = recorder;
  FakeWindow.app = app;

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorder.schemes.push(...schemes),
      handle: (scheme: string, handler: ProtocolHandler) => recorder.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: IpcHandler) => recorder.ipcHandlers.set(channel, handler),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => recorder.ipcListeners.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuItem[] }) => recorder.menus.push(menu.template),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Recorder['permissionRequestHandler']) => {
          recorder.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: Recorder['permissionCheckHandler']) => {
          recorder.permissionCheckHandler = handler;
        },
      },
    },
    shell: {
      openExternal: async (url: string) => {
        recorder.openedExternal.push(url);
      },
    },
    // Reversible but not plain: enough to tell an encrypted token file from a plain one.
    safeStorage: {
      backend: 'gnome_libsecret',
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend(): string {
        return this.backend;
      },
      encryptString: (text: string) => Buffer.from(`enc:${Buffer.from(text, 'utf8').toString('base64').split('').reverse().join('')}`),
      decryptString: (data: Buffer) => Buffer.from(data.toString().slice(4).split('').reverse().join(''), 'base64').toString('utf8'),
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        recorder.saveDialogs.push(args[args.length - 1] as Recorder['saveDialogs'][number]);
        return recorder.saveDialogAnswer;
      },
      showMessageBox: async () => ({ response: 0 }),
      showErrorBox: (title: string, content: string) => recorder.errors.push(`${title}: ${content}`),
    },
  };
  return { electron, recorder, app };
}
