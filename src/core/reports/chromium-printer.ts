// PDF printing for the web host and the CLI: the report's HTML printed by a
// headless Chromium (or Chrome/Edge) already on the machine, driven through
// playwright-core. One browser is started on the first print and reused; each
// print gets its own offline, script-free browser context.
import { existsSync } from 'node:fs';
import { join, win32 } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { AppError } from '../errors';
import type { PdfPrinter } from './model';
import { abortable, abortError } from './print-abort';

/** Overrides the search below: a path to any Chromium-based browser. */
export const CHROMIUM_ENV = 'FORANKRING_CHROMIUM';

type Env = Record<string, string | undefined>;

/** Where Chromium, Chrome and Edge are usually installed, most specific first. */
export function chromiumCandidates(env: Env): string[] {
  const programFiles = [env['ProgramFiles'] ?? env['PROGRAMFILES'] ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'];
  const local = env['LOCALAPPDATA'];
  const windows = (rest: string) => [...programFiles, ...(local ? [local] : [])].map((dir) => win32.join(dir, rest));
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...(env['HOME'] ? [join(env['HOME'], 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')] : []),
    ...windows('Google\\Chrome\\Application\\chrome.exe'),
    ...windows('Microsoft\\Edge\\Application\\msedge.exe'),
    ...windows('Chromium\\Application\\chrome.exe'),
  ];
}

/**
 * The browser to print with: FORANKRING_CHROMIUM when set (taken as given, so
 * a wrong path fails loudly instead of silently using another browser), else
 * the first installed candidate, else null.
 */
export function findChromium(env: Env = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const chosen = env[CHROMIUM_ENV]?.trim();
  if (chosen) return chosen;
  return chromiumCandidates(env).find((path) => exists(path)) ?? null;
}

export interface ChromiumPrinter {
  print: PdfPrinter;
  /** Closes the browser, if one was started. Prints after this start a new one. */
  close(): Promise<void>;
}

export function createChromiumPrinter(options: { executablePath?: string } = {}): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;

  const launch = (): Promise<Browser> => {
    if (browser) return browser;
    const starting = (async () => {
      const executablePath = options.executablePath ?? findChromium();
      if (!executablePath) throw new AppError('PDF_UNAVAILABLE', 'No Chromium, Chrome or Edge found', { env: CHROMIUM_ENV });
      try {
        const started = await chromium.launch({ executablePath, headless: true });
        // A crashed or killed browser is replaced on the next print.
        started.on('disconnected', () => {
          if (browser === starting) browser = null;
        });
        return started;
      } catch (err) {
        throw new AppError('PDF_UNAVAILABLE', `Chromium did not start: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, {
          executablePath,
        });
      }
    })();
    browser = starting;
    // A failed start is not cached: the next print tries again.
    starting.catch(() => {
      if (browser === starting) browser = null;
    });
    return starting;
  };

  const print: PdfPrinter = (job, signal) => {
    let context: BrowserContext | null = null;
    let stopped = false;
    return abortable(
      signal,
      async () => {
        const started = await launch();
        // The report needs no script and no network; it gets neither.
        const own = await started.newContext({ javaScriptEnabled: false, offline: true });
        context = own;
        try {
          if (stopped) throw abortError();
          const page = await own.newPage();
          // Nothing loads from outside, so 'load' means parsed and laid out; a report on thousands of units gets time.
          await page.setContent(job.html, { waitUntil: 'load', timeout: 120_000 });
          return await page.pdf({
            format: 'A4',
            landscape: job.landscape,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: job.headerTemplate,
            footerTemplate: job.footerTemplate,
            preferCSSPageSize: true,
            tagged: true,
          });
        } finally {
          await own.close().catch(() => undefined);
        }
      },
      // Closing the context ends a print under way; the work's own finally then has nothing left to do.
      async () => {
        stopped = true;
        await context?.close();
      },
    );
  };

  return {
    print,
    close: async () => {
      const open = browser;
      browser = null;
      if (open) await open.then((b) => b.close()).catch(() => undefined);
    },
  };
}
