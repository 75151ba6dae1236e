// The one application window, with Electron's secure defaults spelled out so
// a future default change (or a careless edit) cannot silently loosen them.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  width: 1280,
  height: 820,
  minWidth: 900,
  minHeight: 600,
  // Shown on ready-to-show, so the user never sees a blank white frame.
  show: false,
  title: 'Forankring',
  backgroundColor: '#ffffff',
};

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  { url, preload, log }: { url: string; preload: string; log: (message: string, err: unknown) => void },
): BrowserWindowType {
  const win = new BrowserWindow({
    ...WINDOW_OPTIONS,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // A middle click must not open links in a new window behind the app's back (electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(url).catch((err: unknown) => log(`Could not load ${url}`, err));
  return win;
}
