import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * `npm run dev` only: Vite's dev server injects the React refresh preamble as an
 * inline script, styles as <style> elements, and talks to its HMR websocket, all of
 * which the production CSP forbids. Built files keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'forankring-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The Electron main process, plus the two plain-Node entries that share the core:
        // the CLI (package bin) and the local web host (npm run serve, e2e tests).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/main.ts'),
          serve: resolve(__dirname, 'src/host/serve.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron' and a few Node polyfills,
      // so anything it imports must be bundled in (it imports only zod-free shared files).
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), devServerCsp()],
    build: {
      // electron-vite leaves the renderer unminified by default.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
