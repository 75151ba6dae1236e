// Builds the app with electron-vite when out/ is missing or older than the
// sources, so the bundle test always runs against what `npm run build` makes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const OUT = join(ROOT, 'out');

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function ensureBuilt(): void {
  const outputs = ['main/index.js', 'preload/index.js', 'renderer/index.html'].map((p) => join(OUT, p));
  const sources = Math.max(newestMtime(join(ROOT, 'src')), statSync(join(ROOT, 'electron.vite.config.ts')).mtimeMs);
  if (outputs.every((p) => existsSync(p) && statSync(p).mtimeMs >= sources)) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
}
