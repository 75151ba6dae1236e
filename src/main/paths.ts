// Where the shell finds its pieces. Everything is relative to the built file
// (out/main/index.js), so the same code works from the repo and from app.asar.
import { join } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'forankring';
/** The renderer's home. A custom scheme instead of file:// gives the page a real origin and lets us set headers. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export const RENDERER_DIR = join(__dirname, '../renderer');
export const PRELOAD_PATH = join(__dirname, '../preload/index.js');

/**
 * Bundled data (the demo units). electron-builder's extraResources copies
 * resources/ next to app.asar; in the repo it sits two levels above out/main.
 */
export function resourcesDir(isPackaged: boolean): string {
  return isPackaged ? join(process.resourcesPath, 'resources') : join(__dirname, '../../resources');
}

/**
 * electron-vite dev sets ELECTRON_RENDERER_URL to its dev server. A packaged app
 * ignores it: otherwise an environment variable could point the privileged
 * window (with the bridge) at any web page.
 */
export function devServerUrl(isPackaged: boolean): string | null {
  const url = process.env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) ? parsed.href : null;
  } catch {
    return null;
  }
}
