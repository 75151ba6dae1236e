// Regenerates docs/screenshot.png for the README: starts the web host on a
// throwaway database, loads the demo, opens Herøy (Nordland) and takes a picture.
// Usage: npm run build && node scripts/readme-screenshot.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const dir = mkdtempSync(join(tmpdir(), 'forankring-shot-'));
const host = spawn(process.execPath, ['out/main/serve.js', '--db', join(dir, 'shot.sqlite'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  host.stdout.on('data', (chunk) => {
    const match = /Forankring: (\S+)/.exec(chunk.toString());
    if (match) resolve(match[1]);
  });
  host.on('exit', (code) => reject(new Error(`host exited ${code}`)));
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  await page.goto(url);
  await page.getByRole('button', { name: /demo/i }).first().click();
  await page.getByRole('tree').waitFor();
  await page.getByRole('searchbox').fill('Herøy');
  await page.getByRole('option', { name: /Nordland/ }).or(page.getByRole('button', { name: /Nordland/ })).first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  host.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
