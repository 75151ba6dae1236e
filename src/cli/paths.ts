import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The package root: the nearest folder at or above `from` that holds the
 * bundled demo data. Walking up (rather than a fixed ../..) makes the same code
 * work from src/cli or src/host in tests and from out/main once built.
 */
export function findPackageRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'resources', 'kommuner-2024.csv'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(from, '../..');
    dir = up;
  }
}

export function defaultResourcesDir(): string {
  return join(findPackageRoot(), 'resources');
}

/** The version in package.json, shown by app.status; '0.0.0' when it cannot be read. */
export function packageVersion(root: string = findPackageRoot()): string {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** --db, else FORANKRING_DB, else forankring.sqlite in the working folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const chosen = flag ?? (env.FORANKRING_DB?.trim() || undefined) ?? 'forankring.sqlite';
  return resolve(cwd, chosen);
}
