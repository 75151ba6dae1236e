// PDF printing in the desktop app: the report's HTML is loaded into a hidden,
// locked-down window and printed with Chromium's own printToPDF, the same
// engine the web host and the CLI drive through playwright-core.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinter } from '../core';
import { abortable, abortError } from '../core/reports/print-abort';

/**
 * The print window shows nothing and runs nothing: no preload (so no bridge to
 * the core's IPC, which in any case answers only the main window on
 * app://forankring), no Node, no JavaScript at all. The report needs none of
 * it; its own CSP forbids scripts and every network fetch as well.
 */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  // A4 at 96 dpi: the layout width Chromium starts from before it paginates.
  width: 794,
  height: 1123,
  webPreferences: {
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
  },
};

export interface ElectronPrinterDeps {
  BrowserWindow: typeof BrowserWindowType;
  /** app.getPath('temp'): the report is written there for the window to load. */
  tempDir: () => string;
}

export function createElectronPrinter(deps: ElectronPrinterDeps): PdfPrinter {
  return (job, signal) => {
    let win: BrowserWindowType | null = null;
    let dir: string | null = null;
    const cleanUp = async () => {
      if (win && !win.isDestroyed()) win.destroy();
      if (dir) await rm(dir, { recursive: true, force: true });
    };
    return abortable(
      signal,
      async () => {
        try {
          // A file rather than a data: URL: Chromium caps URLs at 2 MB, and a
          // report on thousands of units is bigger. The folder is private to
          // this user (mkdtemp makes it 0700) and removed right after printing.
          dir = await mkdtemp(join(deps.tempDir(), 'forankring-print-'));
          const file = join(dir, 'report.html');
          await writeFile(file, job.html, { encoding: 'utf8', mode: 0o600 });
          if (signal.aborted) throw abortError();
          win = new deps.BrowserWindow(PRINT_WINDOW_OPTIONS);
          await win.loadFile(file);
          return await win.webContents.printToPDF({
            pageSize: 'A4',
            landscape: job.landscape,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: job.headerTemplate,
            footerTemplate: job.footerTemplate,
            preferCSSPageSize: true,
            generateTaggedPDF: true,
          });
        } finally {
          await cleanUp();
        }
      },
      // Destroying the window stops loading or printing; the finally above then finds nothing left.
      cleanUp,
    );
  };
}
