// Process entry for the local web host (built to out/main/serve.js; `npm run serve`).
// Prints exactly one line "Forankring: <url>" on stdout when listening; the
// end-to-end tests read it.
import { parseArgs } from 'node:util';
import { createI18n } from '../shared/i18n';
import type { Lang } from '../shared/types';
import { resolveDbPath } from '../cli/paths';
import { openBrowser } from './open-browser';
import { startHost } from './server';

async function main(): Promise<void> {
  const envLang = process.env.FORANKRING_LANG?.trim().toLowerCase();
  const lang: Lang = envLang === 'en' ? 'en' : 'nb';
  const i18n = await createI18n(lang);
  let options: { db?: string; port?: string; open?: boolean };
  try {
    ({ values: options } = parseArgs({
      options: { db: { type: 'string' }, port: { type: 'string' }, open: { type: 'boolean' } },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${i18n.t('cli:host.startFailed', { reason: err instanceof Error ? err.message : String(err) })}\n`);
    process.exitCode = 2;
    return;
  }
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`${i18n.t('cli:host.startFailed', { reason: `--port ${options.port}` })}\n`);
    process.exitCode = 2;
    return;
  }

  const host = await startHost({ dbPath: resolveDbPath(options.db, process.env, process.cwd()), port });
  const stop = () => {
    // A second signal while closing exits at once.
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // Handlers first: whoever reads the line below may signal at once.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  process.stdout.write(`Forankring: ${host.url}\n`);
  process.stderr.write(`${i18n.t('cli:host.listening')}\n`);
  if (options.open) openBrowser(host.url);
}

main().catch(async (err: unknown) => {
  const i18n = await createI18n(process.env.FORANKRING_LANG === 'en' ? 'en' : 'nb');
  process.stderr.write(`${i18n.t('cli:host.startFailed', { reason: err instanceof Error ? err.message : String(err) })}\n`);
  process.exitCode = 1;
});
