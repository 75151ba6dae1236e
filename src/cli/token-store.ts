// The CLI's sessions on team servers: one token per server origin, in a file only its owner
// may read (0600 in a 0700 folder), so a scheduled export on another machine signs in once.
// FORANKRING_TOKEN in the environment takes its place where a secret store hands it over.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.FORANKRING_CONFIG_DIR?.trim()) return env.FORANKRING_CONFIG_DIR.trim();
  const base = env.XDG_CONFIG_HOME?.trim() || join(homedir(), '.config');
  return join(base, 'forankring');
}

const fileIn = (env: NodeJS.ProcessEnv) => join(configDir(env), 'servers.json');

function readAll(env: NodeJS.ProcessEnv): Record<string, string> {
  const file = fileIn(env);
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writeAll(env: NodeJS.ProcessEnv, tokens: Record<string, string>): void {
  const dir = configDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = fileIn(env);
  writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  // The mode above applies to a new file only.
  chmodSync(file, 0o600);
}

export function storedToken(env: NodeJS.ProcessEnv, origin: string): string | null {
  return env.FORANKRING_TOKEN?.trim() || readAll(env)[origin] || null;
}

export function storeToken(env: NodeJS.ProcessEnv, origin: string, token: string | null): void {
  const others = Object.entries(readAll(env)).filter(([key]) => key !== origin);
  writeAll(env, Object.fromEntries(token === null ? others : [...others, [origin, token]]));
}
