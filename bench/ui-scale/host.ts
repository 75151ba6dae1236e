// The built web host (out/main/serve.js, `npm run build` first) as its own process on a file,
// as `npm run serve` runs it; the address it prints carries its token.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export interface RunningHost {
  url: string;
  stop(): Promise<void>;
}

export async function startHost(dbPath: string): Promise<RunningHost> {
  const serve = join(ROOT, 'out/main/serve.js');
  if (!existsSync(serve)) throw new Error('out/main/serve.js is missing: run npm run build first');
  const child: ChildProcess = spawn(process.execPath, [serve, '--db', dbPath, '--port', '0'], { cwd: ROOT, env: { ...process.env, FORANKRING_LANG: 'nb' } });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`the host did not start: ${out}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /Forankring: (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`the host exited with ${code}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
