// Each screen on the federation file (../federation-data.ts) in Chromium through the web
// host: the app is opened once, then each screen is reached through its address, as a click
// in the menu does, and timed until its main content is visible. Reported only.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { federationFile } from '../federation-data';
import { benchDir, type BenchDir } from '../support/dbs';
import { median } from '../support/harness';
import { startHost, type RunningHost } from './host';

const REPS = 3;

interface Screen {
  name: string;
  route: string;
  content(page: Page): Locator;
}

const SCREENS: readonly Screen[] = [
  { name: 'Overview (dashboard)', route: 'dashboard', content: (p) => p.getByRole('progressbar', { name: 'Fremdrift nasjonalt' }) },
  { name: 'Cases, overdue only', route: 'support-cases?overdue=1', content: (p) => p.getByRole('table', { name: 'Saker' }).getByRole('link').first() },
  { name: 'Support metrics', route: 'support-metrics', content: (p) => p.getByRole('region', { name: 'Løst lokalt', exact: true }) },
  { name: 'Training', route: 'training', content: (p) => p.locator('#main table tbody tr').first() },
  { name: 'Timeline', route: 'timeline', content: (p) => p.getByRole('img', { name: /^Tidslinje med/ }) },
  { name: 'Ownership (gaps)', route: 'ownership', content: (p) => p.getByRole('table', { name: 'Hull per region' }).getByRole('row').nth(2) },
  { name: 'People', route: 'people', content: (p) => p.locator('#main table tbody tr').first() },
  { name: 'Organization tree', route: 'organization', content: (p) => p.getByRole('tree', { name: 'Organisasjonskart' }).getByRole('treeitem').first() },
];

let dir: BenchDir;
let host: RunningHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = benchDir();
  const { path } = await federationFile(dir);
  host = await startHost(path);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo', viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  await page.goto(`${host.url}#/help`);
  await page.locator('#main h1').first().waitFor({ state: 'visible', timeout: 120_000 });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dir?.remove();
});

/** From a screen with no data (help) to `screen` through the address, until its content shows. */
async function visit(screen: Screen): Promise<number> {
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/help';
  });
  await page.locator('#main h1').first().waitFor({ state: 'visible' });
  const started = Date.now();
  await page.evaluate((route) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/${route}`;
  }, screen.route);
  await screen.content(page).waitFor({ state: 'visible', timeout: 120_000 });
  return Date.now() - started;
}

describe('the screens on the federation file, in Chromium through the web host', () => {
  it('opens each screen and prints the time until its main content is visible', async () => {
    const lines: string[] = [];
    for (const screen of SCREENS) {
      const times: number[] = [];
      for (let i = 0; i < REPS; i++) times.push(await visit(screen));
      lines.push(`| ${screen.name.padEnd(22)} | ${median(times).toFixed(0).padStart(6)} ms | ${times.map((t) => t.toFixed(0)).join(', ')} |`);
    }
    console.log(`\n| screen                 | median    | samples (ms) |\n|---|---|---|\n${lines.join('\n')}\n`);
    expect(lines).toHaveLength(SCREENS.length);
  });
});
