// A minimal stand-in for the 'electron' module, enough to run the built main
// bundle in plain Node (the Electron binary cannot be downloaded here). It
// does nothing Electron would do on screen; it records what the bundle asks
// for, so the test can inspect the window options, handlers and menus.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

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

  setWindowOpenHandler(handler: (details: { url: string }) => OpenHandlerResult): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
}

export interface Recorder {
  windows: FakeWindow[];
  schemes: unknown[];
  protocolHandlers: Map<string, ProtocolHandler>;
  ipcHandlers: Map<string, IpcHandler>;
  menus: MenuItem[][];
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null;
  openedExternal: string[];
  saveDialogs: Array<{ defaultPath?: string; filters?: unknown }>;
  /** What the next save dialog answers. */
  saveDialogAnswer: { canceled: boolean; filePath?: string };
  quitCalls: number;
  errors: string[];
}

export class FakeWindow extends EventEmitter {
  static recorder: Recorder;
  static app: EventEmitter;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  shown = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.recorder.windows.push(this);
    // Electron announces every new web contents before anything loads in it.
    FakeWindow.app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows(): FakeWindow[] {
    return FakeWindow.recorder.windows;
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
  show(): void {
    this.shown = true;
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export function createElectronStub(dirs: { userData: string; documents: string }) {
  const recorder: Recorder = {
    windows: [],
    schemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    menus: [],
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    openedExternal: [],
    saveDialogs: [],
    saveDialogAnswer: { canceled: false, filePath: join(dirs.documents, 'chosen.csv') },
    quitCalls: 0,
    errors: [],
  };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    name: 'Forankring',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => {
      if (name === 'userData') return dirs.userData;
      if (name === 'documents') return dirs.documents;
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
