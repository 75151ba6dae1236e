// `import createWorker from './x?nodeWorker'` under vitest, with the meaning electron-vite
// gives it at build time (src/core/transfer/parse-in-worker.ts): a function that starts a
// worker thread over the bundled entry. electron-vite's own plugin runs only in
// `vite build`, and a worker thread cannot load the TS sources as they are (extensionless
// imports, decorators config), so the entry is bundled here with Vite itself, into CJS
// like the app's main bundle. Packages stay external and resolve from the project's
// node_modules, which is why the bundle is written under the project (.tmp/, ignored
// by git and by electron-builder), named by its content so parallel runs can share it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

const SUFFIX = '?nodeWorker';

interface Bundle {
  file: string;
  modules: string[];
}

async function bundleWorker(root: string, entry: string): Promise<Bundle> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { ssr: entry, write: false, minify: false, sourcemap: 'inline', rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' } } },
  });
  const { output } = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const chunks = output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const hash = createHash('sha256').update(chunks.map((c) => c.code).join('\0')).digest('hex').slice(0, 16);
  const dir = join(root, '.tmp', 'vitest-workers', hash);
  mkdirSync(dir, { recursive: true });
  for (const chunk of chunks) {
    const target = join(dir, chunk.fileName);
    if (existsSync(target)) continue;
    // Written aside and renamed, so a parallel run never loads half a file.
    const partial = `${target}.${process.pid}.part`;
    writeFileSync(partial, chunk.code);
    renameSync(partial, target);
  }
  const main = chunks.find((c) => c.isEntry) ?? chunks[0];
  if (!main) throw new Error(`Bundling the worker ${entry} gave no code`);
  return { file: join(dir, main.fileName), modules: chunks.flatMap((c) => c.moduleIds).filter((id) => !id.startsWith('\0')) };
}

/**
 * The wrapper is a virtual module ("\0" id): vitest's on-disk module cache keys a file by
 * its own text, which would keep an old worker after a change to one of its imports,
 * while a virtual module is keyed by what load() returns, here the bundle's content hash.
 */
const PREFIX = '\0forankring-node-worker:';

export function nodeWorkerPlugin(): Plugin {
  let root = process.cwd();
  // One bundle per entry and run; a change to any of its sources (watch mode) drops it.
  const bundles = new Map<string, Promise<Bundle>>();
  return {
    name: 'forankring:test-node-worker',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(id, importer) {
      if (!id.endsWith(SUFFIX)) return null;
      const entry = await this.resolve(id.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return entry ? `${PREFIX}${entry.id}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const entry = id.slice(PREFIX.length);
      let bundle = bundles.get(entry);
      if (!bundle) {
        bundle = bundleWorker(root, entry);
        bundles.set(entry, bundle);
      }
      const { file, modules } = await bundle;
      for (const module of modules) this.addWatchFile(module);
      return `import { Worker } from 'node:worker_threads';\nexport default (options) => new Worker(${JSON.stringify(file)}, options);\n`;
    },
    watchChange() {
      bundles.clear();
    },
  };
}
