// Validates electron-builder.yml with electron-builder's own loader and JSON
// schema, and checks the settings the app depends on. Packaging itself needs
// the Electron binary, which cannot be downloaded here, so it is not run.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  /** The loader normalizes the list into file sets. */
  files?: Array<{ filter?: string[] }>;
  extraResources?: Array<{ from: string; to: string }>;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  linux?: { target?: string[]; category?: string; maintainer?: string };
  win?: { target?: string };
  mac?: { target?: string };
  electronFuses?: Record<string, boolean>;
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debug: { isEnabled: boolean; add(): void }): Promise<void>;
}

// app-builder-lib is electron-builder's engine; its config module is not a public entry, hence the deep path.
const builder = createRequire(import.meta.url)('app-builder-lib/out/util/config/config') as ConfigModule;

function findNodeAddons(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.node'))
    .map((e) => join(e.parentPath, e.name));
}

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await builder.getConfig(ROOT, null, null);
    await expect(builder.validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    expect(config).toMatchObject({
      appId: 'no.forankring.app',
      productName: 'Forankring',
      directories: { output: 'dist' },
      extraResources: [{ from: 'resources', to: 'resources' }],
      asarUnpack: ['**/node_modules/sqlite3/**/*.node'],
      npmRebuild: false,
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
      win: { target: 'nsis' },
      mac: { target: 'dmg' },
    });
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    // Electron's security checklist: no way to run the packaged binary as Node or inspect it, encrypted cookies, asar only.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.files?.[0]?.filter).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('rejects an invalid configuration, so the check above is real', async () => {
    await expect(builder.validateConfiguration({ npmRebuild: 'no' } as unknown as BuilderConfig, { isEnabled: false, add: () => undefined }))
      .rejects.toThrow(/npmRebuild/);
  });

  it('packs what exists: the resources folder and a sqlite3 addon matching asarUnpack', () => {
    expect(existsSync(join(ROOT, 'resources/kommuner-2024.csv'))).toBe(true);
    const addons = findNodeAddons(join(ROOT, 'node_modules/sqlite3'));
    expect(addons.some((p) => p.includes(join('node_modules', 'sqlite3')))).toBe(true);
  });
});
